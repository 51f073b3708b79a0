package kz.saruar.spi.plugin;

/**
 * A plugin configuration that the library refuses (ARCHITECTURE.md "Extension points"): two
 * providers of one kind with the same {@link kz.saruar.spi.Provider#providerName()}. A provider that merely
 * fails to load is not an exception but a {@link PluginWarning}.
 */
public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A refusal whose message names the providers involved. */
    public PluginException(String message) {
        super(message);
    }
}

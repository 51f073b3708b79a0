package kz.saruar.spi;

/**
 * What every Saruar plugin has in common (ARCHITECTURE.md "Extension points"): a name shown in
 * reports and error messages, and a priority that orders providers of one kind. {@link kz.saruar.spi.plugin.Plugins}
 * orders providers by {@link #priority()}, higher first, then by {@link #providerName()}; never by
 * classpath order. Two providers of one kind with the same name are refused, naming both.
 */
public interface Provider {
    /** The provider's name, shown in reports and error messages; defaults to the class name. */
    default String providerName() {
        return getClass().getName();
    }

    /**
     * The order among providers of one kind, higher first ({@code 0} by default; the library's
     * built-in providers use negative numbers such as {@code -100}); ties are broken by
     * {@link #providerName()}.
     */
    default int priority() {
        return 0;
    }
}

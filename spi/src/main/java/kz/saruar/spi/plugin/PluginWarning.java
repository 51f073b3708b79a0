package kz.saruar.spi.plugin;

import java.util.Objects;

/**
 * A provider that {@link Plugins} skipped (ARCHITECTURE.md "Extension points": a broken plugin is
 * reported, the others still load), with the extension point, the provider (its class name when it
 * has no usable name), where it came from (its jar or folder, or {@code "handed in code"}) and the
 * cause.
 *
 * @param service  the simple name of the extension point, e.g. {@code DirectionProvider}
 * @param provider the provider's name or class name, or {@code "unknown"} when its class could not be found
 * @param location the jar or folder of the provider's class, {@code "handed in code"} or {@code "unknown location"}
 * @param cause    what went wrong, e.g. the exception of its constructor
 */
public record PluginWarning(String service, String provider, String location, String cause) {
    /** Refuses nulls. */
    public PluginWarning {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(cause, "cause");
    }

    /** One line for a log or a report, e.g. {@code DirectionProvider x.Y (file:/p.jar) skipped: ...}. */
    public String message() {
        return service + " " + provider + " (" + location + ") skipped: " + cause;
    }

    @Override
    public String toString() {
        return message();
    }
}

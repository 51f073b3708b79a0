package kz.saruar.model;

/**
 * The null check of the value types' constructors (ARCHITECTURE.md: no nulls in the public API,
 * every message naming the argument): one call checks a whole group of arguments given as
 * name/value pairs, and the exception names the first one that is null.
 *
 * <pre>{@code
 * public CatalogEntry {
 *     Arguments.nonNull("code", code, "name", name, "description", description);
 * }
 * }</pre>
 */
public final class Arguments {
    private Arguments() {
    }

    /**
     * Refuses a null among the values, each preceded by its name.
     *
     * @throws NullPointerException naming the first argument that is null
     * @throws IllegalArgumentException when the names and values do not come in pairs or a name is not a string
     */
    public static void nonNull(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + namesAndValues.length);
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("argument " + i + " is not a name: " + namesAndValues[i]);
            }
            if (namesAndValues[i + 1] == null) {
                throw new NullPointerException(name);
            }
        }
    }
}

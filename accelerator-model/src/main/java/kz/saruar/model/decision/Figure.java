package kz.saruar.model.decision;

import java.math.BigDecimal;
import kz.saruar.model.Arguments;

/**
 * One figure that decided a refusal, by name: a whole number, a decimal, a text or a yes/no
 * (e.g. {@code shortfall = 250} for LFT-04, {@code total = 52} for DEF-06).
 *
 * @param name  the figure's name, a short identifier
 * @param value a {@link Long}, {@link BigDecimal}, {@link String} or {@link Boolean}
 */
public record Figure(String name, Object value) {
    /** Refuses nulls and values of other types (integers widen to {@code Long}). */
    public Figure {
        Arguments.nonNull("name", name, "value", value);
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            value = ((Number) value).longValue();
        } else if (value instanceof Double || value instanceof Float) {
            value = BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (!(value instanceof Long || value instanceof BigDecimal || value instanceof String
                || value instanceof Boolean)) {
            throw new IllegalArgumentException("figure " + name + " is neither a number, a text nor a boolean: "
                    + value.getClass().getSimpleName());
        }
    }

    /** A figure of any supported type. */
    public static Figure of(String name, Object value) {
        return new Figure(name, value);
    }

    /** The value as the text a message quotes. */
    public String text() {
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }
}

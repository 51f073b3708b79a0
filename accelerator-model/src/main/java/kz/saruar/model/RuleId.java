package kz.saruar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The ID of a methodology rule, such as {@code DEF-06} (docs/rules.md: every rule has an ID
 * that code, tests and error codes cite).
 */
public record RuleId(@JsonValue String value) implements Comparable<RuleId> {
    private static final Pattern FORM = Pattern.compile("[A-Z]{3}-\\d{2}");

    /** Checks the form {@code AAA-00}. */
    public RuleId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("rule id is not of the form AAA-00: \"" + value + "\"");
        }
    }

    /** The rule with this ID, e.g. {@code Rules.LFT_04}. */
    @JsonCreator
    public static RuleId of(String value) {
        return new RuleId(value);
    }

    /** The section prefix: {@code DEF} for {@code DEF-06}. */
    public String section() {
        return value.substring(0, 3);
    }

    @Override
    public int compareTo(RuleId o) {
        int s = section().compareTo(o.section());
        return s != 0 ? s : value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package kz.saruar.model.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The methodology rule that a part of the methodology file carries; a problem found in that part
 * names this rule (the nearest one up the path wins).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD,
        ElementType.PARAMETER})
public @interface Cites {
    /** The rule ID, e.g. {@code "DEF-07"}. */
    String value();
}

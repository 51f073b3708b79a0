package kz.saruar.model.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a string of the methodology file that is a code: upper case, digits and underscores. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Code {
    /** The pattern every code matches. */
    String PATTERN = "^[A-Z][A-Z0-9_]*$";
}

package kz.saruar.model.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record of personal data (names, phones, e-mails, birth dates — APP-03, APP-04): the
 * {@link JsonReader} never quotes its values in a refusal.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Personal {
}

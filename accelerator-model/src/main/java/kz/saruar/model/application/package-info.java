/**
 * Applications to the competition and their eligibility (APP-01..08 of docs/rules.md,
 * and the acceleration admission DEF-12): the project form, the short application, the concept,
 * the registration documents, the team; reading them from JSON with every problem named by its
 * JSON path and rule; and the eligibility checks, each a pure function of the application, the
 * methodology and a {@link java.time.Clock}.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}. Personal data ({@link kz.saruar.model.application.PersonalData})
 * is never logged and is redacted in {@code toString()}.
 */
package kz.saruar.model.application;

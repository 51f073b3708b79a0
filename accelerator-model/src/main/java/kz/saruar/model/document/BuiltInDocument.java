package kz.saruar.model.document;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.RuleId;

/** The documents for which the library ships templates in kk/ru/en, each with the rule that defines it; the codes are those of the standard methodology's document kinds. */
public enum BuiltInDocument {
    /** The project form, "Анкета проекта" (APP-03); data: an application as {@link DocumentData#of(kz.saruar.model.application.ProjectApplication, kz.saruar.model.application.PersonalDataPolicy)} gives it. */
    APPLICATION_FORM("APP-03"),
    /** The project concept (APP-05); data: the concept's fields. */
    PROJECT_CONCEPT("APP-05"),
    /** The individual plan (PRE-04): participant, project, mentor, rows of task, deadline, result, experts. */
    INDIVIDUAL_PLAN("PRE-04"),
    /** The mentor's monthly progress report (EXP-04). */
    MENTOR_MONTHLY_REPORT("EXP-04"),
    /** The defense protocol (DEF-09). */
    DEFENSE_PROTOCOL("DEF-09"),
    /** The certificate of participation in pre-acceleration, 480 academic hours (DEF-10). */
    PRE_ACCELERATION_CERTIFICATE("DEF-10"),
    /** The application to join acceleration, within 3 days of the defense (DEF-11). */
    APPLICATION_TO_ACCELERATION("DEF-11"),
    /** The brand ambassador's strategic partnership plan (EXT-03). */
    STRATEGIC_PARTNERSHIP_PLAN("EXT-03"),
    /** The brand ambassador's plan of further work with the regional project office and/or resource centers (EXT-03). */
    REGIONAL_WORK_PLAN("EXT-03"),
    /** The community program for brand ambassadors (EXT-03). */
    AMBASSADOR_COMMUNITY_PROGRAM("EXT-03");

    private final RuleId rule;

    BuiltInDocument(String rule) {
        this.rule = RuleId.of(rule);
    }

    /** The document kind's code, e.g. {@code PRE_ACCELERATION_CERTIFICATE}. */
    public String code() {
        return name();
    }

    /** The rule that defines the document. */
    public RuleId rule() {
        return rule;
    }

    /** The resource name stem, e.g. {@code pre-acceleration-certificate}. */
    String resourceStem() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The built-in document with this code, if any. */
    public static Optional<BuiltInDocument> fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (BuiltInDocument d : values()) {
            if (d.name().equals(code)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}

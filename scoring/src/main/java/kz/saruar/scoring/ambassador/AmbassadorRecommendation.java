package kz.saruar.scoring.ambassador;

import kz.saruar.model.Arguments;
import kz.saruar.model.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * The experts' recommendation to KIOR to grant a project the brand-ambassador status (EXT-02),
 * issued only by an assessment in which every criterion is met.
 *
 * @param projectId the project
 * @param expertId the assessing expert
 * @param date the date of the assessment
 */
public record AmbassadorRecommendation(String projectId, String expertId, LocalDate date) {
    /** The rule. */
    public static final RuleId RULE = Rules.EXT_02;

    /** Refuses nulls. */
    public AmbassadorRecommendation {
        Arguments.nonNull("projectId", projectId, "expertId", expertId, "date", date);
    }

    /** The recommendation's wording in kk/ru/en. */
    public LocalizedText text() {
        return LocalizedText.of(Map.of(
                Language.KK, projectId + " жобасы бренд-амбассадор мәртебесінің барлық критерийлеріне сәйкес келеді; "
                        + "сарапшы " + expertId + " оны ҚДИ-ға ұсынады (" + date + ", EXT-02).",
                Language.RU, "Проект " + projectId + " соответствует всем критериям статуса бренд-амбассадора; "
                        + "эксперт " + expertId + " рекомендует его КИОР (" + date + ", EXT-02).",
                Language.EN, "Project " + projectId + " meets every criterion of the brand-ambassador status; "
                        + "expert " + expertId + " recommends it to KIOR (" + date + ", EXT-02)."),
                List.of(Language.KK, Language.EN));
    }
}

package kz.saruar.model.diagnostics;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/**
 * The answers to one diagnostic questionnaire, the leader's or the team's (MAT-05).
 *
 * @param questionnaire the questionnaire's code in the methodology
 * @param answers the answers
 */
@Cites("MAT-05")
public record QuestionnaireAnswers(@Code String questionnaire, List<Answer> answers) {
    /** Refuses nulls and copies the list. */
    public QuestionnaireAnswers {
        Objects.requireNonNull(questionnaire, "questionnaire");
        answers = ImmutableList.copyOf(Objects.requireNonNull(answers, "answers"));
    }
}

package kz.saruar.model.diagnostics;

import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.NonNegative;

/**
 * An answer to one question of a diagnostic questionnaire (MAT-05): the question's code, a score
 * from 0 to 3 ([default] 0 not formulated, 1 vague, 2 formulated, 3 formulated and practised),
 * and the answer's text.
 *
 * @param question the question's code in the methodology's questionnaire
 * @param score the score, 0..3
 * @param text the answer in the respondent's words
 */
@Cites("MAT-05")
public record Answer(@Code String question, @NonNegative int score, Optional<String> text) {
    /** The highest score. */
    public static final int MAX_SCORE = 3;

    /** Refuses nulls. */
    public Answer {
        Arguments.nonNull("question", question, "text", text);
    }

    /** An answer without text. */
    public static Answer of(String question, int score) {
        return new Answer(question, score, Optional.empty());
    }
}

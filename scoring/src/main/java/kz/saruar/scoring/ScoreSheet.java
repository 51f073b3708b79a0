package kz.saruar.scoring;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;

/**
 * A juror's score sheet for one project (DEF-04): a score per criterion code and an optional
 * comment. The sheet is a plain record of what the juror wrote; whether it is acceptable (scale,
 * criteria, panel, duplicates, conflicts) is decided when it is submitted to a
 * {@link DefenseSession}, which refuses it with the reason.
 *
 * @param jurorId the juror's person ID
 * @param projectId the project's ID
 * @param scores the score for each criterion code
 * @param comment the juror's comment, if any
 */
public record ScoreSheet(String jurorId, String projectId, Map<String, Integer> scores, Optional<String> comment) {
    /** Refuses nulls and copies the scores (keeping their order). */
    public ScoreSheet {
        Arguments.nonNull("jurorId", jurorId, "projectId", projectId, "comment", comment);
        scores = ImmutableMap.copyOf(Objects.requireNonNull(scores, "scores"));
    }

    /** A sheet without a comment. */
    public static ScoreSheet of(String jurorId, String projectId, Map<String, Integer> scores) {
        return new ScoreSheet(jurorId, projectId, scores, Optional.empty());
    }

    /** This sheet with a comment. */
    public ScoreSheet withComment(String text) {
        return new ScoreSheet(jurorId, projectId, scores, Optional.of(Objects.requireNonNull(text, "text")));
    }

    /** This sheet with one score changed or added. */
    public ScoreSheet withScore(String criterion, int score) {
        Objects.requireNonNull(criterion, "criterion");
        ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
        scores.forEach((k, v) -> {
            if (!k.equals(criterion)) {
                b.put(k, v);
            }
        });
        b.put(criterion, score);
        return new ScoreSheet(jurorId, projectId, b.build(), comment);
    }

    /** {@code sheet:JUROR/PROJECT}, the subject of a refusal about this sheet. */
    public String subject() {
        return "sheet:" + jurorId + "/" + projectId;
    }
}

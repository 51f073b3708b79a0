package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import kz.saruar.model.Language;
import kz.saruar.model.SaruarException;
import kz.saruar.model.validation.Problem;

/**
 * Thrown by the convenience methods ({@link Methodology#load(java.nio.file.Path)},
 * {@link MethodologyBuilder#build()}) when a methodology is invalid; carries every problem.
 */
public final class InvalidMethodologyException extends SaruarException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** An exception listing these problems. */
    public InvalidMethodologyException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the methodology:\n" + problems.stream()
                .map(p -> "  " + p.describe(Language.EN)).collect(Collectors.joining("\n")));
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Every problem found. */
    public List<Problem> problems() {
        return problems;
    }
}

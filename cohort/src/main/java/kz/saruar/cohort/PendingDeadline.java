package kz.saruar.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.saruar.model.Arguments;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;

/**
 * A deadline of a project that is still open (APP-10 first interview within the methodology's
 * days of the submission; DEF-11 application to acceleration within its days of the defense).
 *
 * @param project the project's id
 * @param what {@code FIRST_INTERVIEW} or {@code ACCELERATION_APPLICATION}
 * @param rule the rule that sets it
 * @param due the last day, in Kazakhstan
 */
public record PendingDeadline(String project, String what, String rule, LocalDate due) {
    /** Refuses nulls. */
    public PendingDeadline {
        Arguments.nonNull("project", project, "what", what, "rule", rule, "due", due);
    }

    /**
     * What is due, in words: kk/ru from the seeds ("алғашқы сұхбат", "первичное собеседование";
     * "акселерацияға өтуге өтінім", "заявка на акселерацию"), English a translation; another code as it is.
     */
    public LocalizedText description() {
        return switch (what) {
            case "FIRST_INTERVIEW" -> LocalizedText.of(Map.of(Language.KK, "сарапшылармен алғашқы сұхбат",
                    Language.RU, "первичное собеседование с экспертами", Language.EN, "first interview with experts"),
                    List.of(Language.EN));
            case "ACCELERATION_APPLICATION" -> LocalizedText.of(Map.of(Language.KK, "акселерацияға өтуге өтінім",
                    Language.RU, "заявка на акселерацию", Language.EN, "application to acceleration"),
                    List.of(Language.EN));
            default -> LocalizedText.ofSingle(Language.EN, what);
        };
    }
}

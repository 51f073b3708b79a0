package kz.saruar.scheduling.deadline;

import java.util.Map;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/** A deadline of the methodology (APP-10, APP-11, DEF-11, PRE-06): its rule, its inputs and when it falls due. */
public sealed interface Deadline permits DateDeadline, TimeDeadline {
    /** The rule that sets this deadline. */
    RuleId rule();

    /** A stable code of the deadline, e.g. {@code FIRST_INTERVIEW}. */
    String code();

    /** The inputs that determined the due date, by name, as ISO-8601 text. */
    Map<String, String> inputs();

    /** What is due, and when, in kk/ru/en. */
    LocalizedText description();
}

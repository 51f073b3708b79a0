package kz.saruar.model.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** A monthly coaching session topic with its questions, knowledge, skills and tasks (ACC-04, M App.3). */
@Cites("ACC-04")
public record CoachingTopic(
        @Code String code,
        LocalizedText name,
        List<LocalizedText> questions,
        List<LocalizedText> knowledge,
        List<LocalizedText> skills,
        List<LocalizedText> tasks) {
    /** Refuses nulls and copies lists. */
    public CoachingTopic {
        Arguments.nonNull("code", code, "name", name);
        questions = ImmutableList.copyOf(Objects.requireNonNull(questions, "questions"));
        knowledge = ImmutableList.copyOf(Objects.requireNonNull(knowledge, "knowledge"));
        skills = ImmutableList.copyOf(Objects.requireNonNull(skills, "skills"));
        tasks = ImmutableList.copyOf(Objects.requireNonNull(tasks, "tasks"));
    }
}

package kz.saruar.scoring.sheets;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.ScoreSheet;

/**
 * The contents of a SHEETS.json file for {@code saruar score} (DEF-03, DEF-04, DEF-09): the panel,
 * the projects with their teams and mentor-experts, the score sheets in file order, and the
 * defense date if the file states it.
 *
 * @param date the defense date, if stated
 * @param panel the jurors and substitutes
 * @param projects the projects
 * @param sheets the score sheets, in file order ({@code $.sheets[i]})
 */
public record SheetsFile(Optional<LocalDate> date, Panel panel, List<Project> projects, List<ScoreSheet> sheets) {
    /** Refuses nulls and copies lists. */
    public SheetsFile {
        Arguments.nonNull("date", date, "panel", panel);
        projects = ImmutableList.copyOf(Objects.requireNonNull(projects, "projects"));
        sheets = ImmutableList.copyOf(Objects.requireNonNull(sheets, "sheets"));
    }
}

package kz.saruar.scoring.sheets;

import static kz.saruar.model.Rules.DEF_04;

import com.google.common.collect.ImmutableMap;
import kz.saruar.model.Rules;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.ProblemKind;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.Participant;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.ScoreSheet;

/**
 * Reads a score sheets file (DEF-03 panel, DEF-04 sheets, DEF-09 defense date) with the one strict
 * reader into a {@link SheetsFile}: strict UTF-8, duplicate keys refused, unknown and missing
 * fields, wrong types, blank identifiers and malformed dates refused, each with its JSON path,
 * rule and kk/ru/en message. Whether the content is acceptable (scale, panel, conflicts) is the
 * {@link kz.saruar.scoring.DefenseSession}'s decision, not the reader's.
 *
 * <pre>{@code
 * Outcome<SheetsFile> file = SheetsReader.read(Path.of("defense-sheets.json"));
 * }</pre>
 */
public final class SheetsReader {
    private static final JsonReader READER = JsonReader.forRule(DEF_04);

    private SheetsReader() {
    }

    /** Reads a sheets file; a missing, unreadable or non-UTF-8 file is a refusal, not an exception. */
    public static Outcome<SheetsFile> read(Path file) {
        return READER.read(Objects.requireNonNull(file, "file"), Document.class).flatMap(SheetsReader::convert);
    }

    /** Reads a sheets file's JSON text. */
    public static Outcome<SheetsFile> read(String json) {
        return READER.read(Objects.requireNonNull(json, "json"), Document.class).flatMap(SheetsReader::convert);
    }

    /**
     * The file as written.
     *
     * @param date the defense date, if stated (DEF-09)
     * @param panel the jurors and substitutes (DEF-03)
     * @param projects the projects defended
     * @param sheets the score sheets, in file order (DEF-04)
     */
    public record Document(@Cites("DEF-09") Optional<LocalDate> date, @Cites("DEF-03") PanelEntry panel,
            @Cites("DEF-09") List<ProjectEntry> projects, List<SheetEntry> sheets) {
        /** Copies the lists. */
        public Document {
            projects = List.copyOf(projects);
            sheets = List.copyOf(sheets);
        }
    }

    /**
     * The panel as written (DEF-03).
     *
     * @param jurors the seated jurors
     * @param substitutes the substitutes, if any
     */
    public record PanelEntry(List<JurorEntry> jurors, List<JurorEntry> substitutes) {
        /** Copies the lists. */
        public PanelEntry {
            jurors = List.copyOf(jurors);
            substitutes = List.copyOf(substitutes);
        }
    }

    /**
     * A juror as written (DEF-03).
     *
     * @param id the juror's identifier
     * @param role the seat's role code
     * @param name the juror's name, if given
     */
    public record JurorEntry(String id, String role, Optional<String> name) {
        /** Without the name (personal data, APP-03). */
        @Override
        public String toString() {
            return "JurorEntry[id=" + id + ", role=" + role + ", name=" + (name == null || name.isEmpty() ? "none" : "redacted") + "]";
        }
    }

    /**
     * A project as written (DEF-09).
     *
     * @param id the project's identifier
     * @param name the project's name
     * @param appliedAt when it applied: an ISO date (the start of that day in Kazakhstan) or a date-time with offset; ranks ties
     * @param team the team members (conflicts of interest, DEF-03)
     * @param mentorExpert the mentor-expert's identifier, if any
     */
    public record ProjectEntry(String id, String name, String appliedAt, List<MemberEntry> team,
            Optional<String> mentorExpert) {
        /** Copies the team. */
        public ProjectEntry {
            team = List.copyOf(team);
        }
    }

    /**
     * A team member as written.
     *
     * @param id the member's identifier
     * @param name the member's name
     */
    public record MemberEntry(String id, String name) {
        /** Without the name (personal data, APP-03). */
        @Override
        public String toString() {
            return "MemberEntry[id=" + id + ", name=redacted]";
        }
    }

    /**
     * A score sheet as written (DEF-04).
     *
     * @param juror the juror's identifier
     * @param project the project's identifier
     * @param scores criterion code to score
     * @param comment the juror's comment, if any
     */
    public record SheetEntry(String juror, String project, Map<String, Integer> scores, Optional<String> comment) {
        /** Copies the scores, in the file's order. */
        public SheetEntry {
            scores = ImmutableMap.copyOf(scores);
        }
    }

    private static Outcome<SheetsFile> convert(Document d) {
        List<Reason> problems = new ArrayList<>();
        List<Juror> jurors = jurors(d.panel().jurors(), "$.panel.jurors", problems);
        List<Juror> substitutes = jurors(d.panel().substitutes(), "$.panel.substitutes", problems);
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < d.projects().size(); i++) {
            ProjectEntry p = d.projects().get(i);
            String path = "$.projects[" + i + "]";
            List<Participant> team = new ArrayList<>();
            for (int t = 0; t < p.team().size(); t++) {
                MemberEntry m = p.team().get(t);
                if (present(m.id(), path + ".team[" + t + "].id", problems)) {
                    team.add(Participant.of(m.id(), m.name()));
                }
            }
            Optional<Instant> applied = instant(p.appliedAt(), path + ".appliedAt", problems);
            if (present(p.id(), path + ".id", problems) & present(p.name(), path + ".name", problems)
                    && applied.isPresent()) {
                projects.add(new Project(p.id(), p.name(), applied.get(), team, p.mentorExpert()));
            }
        }
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int i = 0; i < d.sheets().size(); i++) {
            SheetEntry s = d.sheets().get(i);
            String path = "$.sheets[" + i + "]";
            if (present(s.juror(), path + ".juror", problems) & present(s.project(), path + ".project", problems)) {
                sheets.add(new ScoreSheet(s.juror(), s.project(), s.scores(), s.comment()));
            }
        }
        return Outcome.of(new SheetsFile(d.date(), Panel.of(jurors, substitutes), projects, sheets),
                ProblemKind.sorted(problems));
    }

    private static List<Juror> jurors(List<JurorEntry> entries, String path, List<Reason> problems) {
        List<Juror> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JurorEntry j = entries.get(i);
            String p = path + "[" + i + "]";
            if (present(j.id(), p + ".id", problems) & present(j.role(), p + ".role", problems)) {
                out.add(new Juror(j.id(), j.role(), j.name()));
            }
        }
        return out;
    }

    /** Whether an identifier is not blank; a blank one is a problem at {@code path} (DEF-03). */
    private static boolean present(String text, String path, List<Reason> problems) {
        if (text.isBlank()) {
            problems.add(ProblemKind.MISSING_FIELD.at(path, Rules.DEF_03, path.substring(path.lastIndexOf('.') + 1)));
            return false;
        }
        return true;
    }

    /** An ISO date-time with offset, an instant, or a date (the start of that day in Kazakhstan). */
    private static Optional<Instant> instant(String text, String path, List<Reason> problems) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(text).atStartOfDay(Kazakhstan.ZONE).toInstant());
            } catch (DateTimeParseException e2) {
                problems.add(ProblemKind.WRONG_TYPE.at(path, Rules.DEF_09,
                        "an ISO date or a date-time with offset", "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\""));
                return Optional.empty();
            }
        }
    }
}

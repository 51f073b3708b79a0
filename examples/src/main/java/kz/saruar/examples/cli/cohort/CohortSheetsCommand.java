package kz.saruar.examples.cli.cohort;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.Problems;
import kz.saruar.model.Rules;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.sheets.SheetsFile;
import kz.saruar.scoring.sheets.SheetsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code saruar cohort sheets LOCATION SHEETS.json}: holds a defense session (DEF-03..09) of the file's projects and records each defense. */
@Command(name = "sheets", mixinStandardHelpOptions = true,
        description = "Hold the defense of SHEETS.json (the format of saruar score) in the cohort: protocol, then each project's defense (DEF-09).")
public final class CohortSheetsCommand extends CohortSubcommand {
    /** {@code --holidays DIR}: the working days the cohort decides on (PRE-05). */
    @Mixin
    CohortCalendar calendar = new CohortCalendar();

    @Parameters(index = "1", paramLabel = "SHEETS.json", description = "The panel, the projects (cohort ids) and the sheets.")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The defense date when the file has none (default: today).")
    LocalDate date;

    @Option(names = "--actor", paramLabel = "ID", description = "The jury secretary's account (role JURY; default: cli).")
    String actor = "cli";

    @Override
    protected int run(Console c) {
        Outcome<SheetsFile> r = SheetsReader.read(file);
        if (r.refused()) {
            return c.refuse(r.reasons(), Problems.fileHeading(c.language(), file, r.reasons()));
        }
        return c.then(CohortOptions.digest(file, Rules.DEF_09), digest -> hold(r.orElseThrow(), digest, c));
    }

    private int hold(SheetsFile f, String digest, Console c) {
        Clock clock = Clock.system(Kazakhstan.ZONE);
        Map<String, String> mentors = new LinkedHashMap<>();
        for (Project p : f.projects()) {
            p.mentorExpertId().ifPresent(m -> mentors.put(p.id(), m));
        }
        LocalDate day = f.date().orElseGet(() -> date != null ? date : LocalDate.now(clock));
        return options.submit(c, clock, calendar, cohort -> new CohortCommand.HoldDefense("sheets:" + digest,
                Actor.of(actor, ActorRole.JURY), day, f.panel(), f.projects().stream().map(Project::id).toList(),
                mentors, f.sheets()));
    }

    /** The project a key's first submission named, read from the journal. */
    static Optional<String> projectOfKey(Cohort cohort, String key) {
        return Cohort.events(cohort.store()).stream().filter(e -> e.key().equals(key))
                .flatMap(e -> e.event().projectId().stream()).findFirst();
    }
}

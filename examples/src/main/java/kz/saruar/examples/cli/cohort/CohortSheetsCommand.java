package kz.saruar.examples.cli.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.InputFiles;
import java.util.List;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saruar cohort sheets LOCATION SHEETS.json}: holds a defense session (DEF-03..09) of the file's projects and records each defense. */
@Command(name = "sheets", mixinStandardHelpOptions = true,
        description = "Hold the defense of SHEETS.json (the format of saruar score) in the cohort: protocol, then each project's defense (DEF-09).")
public final class CohortSheetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOCATION", description = "The cohort's directory or store URI.")
    String location;

    @Parameters(index = "1", paramLabel = "SHEETS.json", description = "The panel, the projects (cohort ids) and the sheets.")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The defense date when the file has none (default: today).")
    LocalDate date;

    @Option(names = "--actor", paramLabel = "ID", description = "The jury secretary's account (role JURY; default: cli).")
    String actor = "cli";

    @Mixin
    CohortOptions options;

    @Override
    public Integer call() {
        Clock clock = Clock.system(Kazakhstan.ZONE);
        Console c = Console.of(spec);
        Outcome<SheetsFile> r = SheetsReader.read(file);
        if (r.refused()) {
            return c.refuse(r.reasons(), CliText.FILE_PROBLEMS_UNREADABLE.get(c.language(), file, r.reasons().size()));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return c.refuse(List.of(InputFiles.unreadable(file, Rules.DEF_09)), ExitCodes.UNREADABLE);
        }
        SheetsFile f = r.orElseThrow();
        Map<String, String> mentors = new LinkedHashMap<>();
        for (Project p : f.projects()) {
            p.mentorExpertId().ifPresent(m -> mentors.put(p.id(), m));
        }
        LocalDate day = f.date().orElseGet(() -> date != null ? date : LocalDate.now(clock));
        Optional<CohortLocation.Opened> opened = CohortLocation.open(location, options.keys(), false, true, Console.of(spec));
        if (opened.isEmpty()) {
            return ExitCodes.UNREADABLE;
        }
        try (CohortLocation.Opened o = opened.get()) {
            Cohort cohort = Cohort.open(o.store(), clock, o.keys());
            CohortCommand.HoldDefense hold = new CohortCommand.HoldDefense("sheets:" + sha256(bytes),
                    Actor.of(actor, ActorRole.JURY), day, f.panel(), f.projects().stream().map(Project::id).toList(),
                    mentors, f.sheets());
            return options.print(cohort.submit(hold), c);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The project a key's first submission named, read from the journal. */
    static Optional<String> projectOfKey(Cohort cohort, String key) {
        return Cohort.events(cohort.store()).stream().filter(e -> e.key().equals(key))
                .flatMap(e -> e.event().projectId().stream()).findFirst();
    }
}

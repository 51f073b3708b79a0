package kz.saruar.benchmarks.scoring;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scoring.DefenseProtocol;
import kz.saruar.scoring.DefenseSession;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.ScoreSheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A national competition (DEF-03..09): 100,000 projects × 7 jurors × 5 criteria of the standard
 * methodology, from 700,000 score sheets to a ranked protocol value. Target: under 1 second on one
 * core. {@link #sheetsToRankedProtocol} measures the whole path (open the session, submit every
 * sheet with its checks, issue and rank the protocol); {@link #protocolFromAcceptedSheets} only the
 * protocol from a session whose sheets are in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class NationalCompetitionBenchmark {
    /** Projects in the competition. */
    static final int PROJECTS = 100_000;
    private static final LocalDate DATE = LocalDate.of(2020, 11, 20);

    private Methodology methodology;
    private Panel panel;
    private List<Project> projects;
    private List<ScoreSheet> sheets;
    private DefenseSession submitted;

    /** Builds the competition once: a seeded random score per juror, project and criterion; a few recusals. */
    @Setup(Level.Trial)
    public void setUp() {
        methodology = Methodology.standard();
        List<Juror> jurors = List.of(Juror.of("O1", "ORGANIZER"), Juror.of("O2", "ORGANIZER"),
                Juror.of("E1", "EXTERNAL_EXPERT"), Juror.of("E2", "EXTERNAL_EXPERT"), Juror.of("E3", "EXTERNAL_EXPERT"),
                Juror.of("F1", "PUBLIC_FIGURE"), Juror.of("F2", "PUBLIC_FIGURE"));
        panel = Panel.of(jurors);
        List<Criterion> criteria = methodology.scoring().criteria();
        List<Map<String, Integer>> combos = new ArrayList<>();
        for (int k = 0; k < 243; k++) {
            ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
            int x = k;
            for (Criterion c : criteria) {
                b.put(c.code(), 1 + x % 3);
                x /= 3;
            }
            combos.add(b.build());
        }
        Random r = new Random(2020);
        Instant t0 = Instant.parse("2020-06-01T04:00:00Z");
        projects = new ArrayList<>(PROJECTS);
        sheets = new ArrayList<>(PROJECTS * jurors.size());
        for (int p = 0; p < PROJECTS; p++) {
            Project project = Project.of("P" + p, "Project " + p, t0.plusSeconds(r.nextInt(86_400 * 30)));
            String mentor = p % 50 == 0 ? "E" + (1 + r.nextInt(3)) : null;
            if (mentor != null) {
                project = project.withMentorExpert(mentor);
            }
            projects.add(project);
            for (Juror j : jurors) {
                if (!j.id().equals(mentor)) {
                    sheets.add(ScoreSheet.of(j.id(), project.id(), combos.get(r.nextInt(combos.size()))));
                }
            }
        }
        submitted = DefenseSession.open(methodology, panel, projects).orElseThrow().submitAll(sheets).session();
    }

    /** The whole path: open, submit 700,000 sheets, issue the ranked protocol. */
    @Benchmark
    public DefenseProtocol sheetsToRankedProtocol() {
        return DefenseSession.open(methodology, panel, projects).orElseThrow().submitAll(sheets).session()
                .protocol(DATE).orElseThrow();
    }

    /** The protocol alone, from a session whose sheets are already accepted. */
    @Benchmark
    public DefenseProtocol protocolFromAcceptedSheets() {
        return submitted.protocol(DATE).orElseThrow();
    }
}

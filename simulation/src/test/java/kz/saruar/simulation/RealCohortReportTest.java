package kz.saruar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.cohort.CohortReceipt;
import kz.saruar.cohort.privacy.FilePersonKeys;
import kz.saruar.ledger.AccountId;
import kz.saruar.ledger.AccountKind;
import kz.saruar.ledger.ActorId;
import kz.saruar.ledger.IdempotencyKey;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.ledger.OfferId;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.Language;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.AccelerationDeadline;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.lifecycle.ExpertGroupDecision;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.scheduling.calendar.KazakhstanHolidayCalendar;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.ScoreSheet;
import kz.saruar.simulation.report.Chromium;
import kz.saruar.simulation.report.HtmlReport;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.testkit.calendar.WeekendChanged;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a real cohort (docs/simulation.md, {@code saruar cohort report}): a small cohort
 * run command by command through the cohort API on a directory, closed, reopened from disk, read
 * by {@link CohortJournal} and rendered — the funnel counts and the rule behind each stop are the
 * ones the commands decided, and the page renders in headless Chromium with its charts (the PNG
 * stays under target/report/).
 */
class RealCohortReportTest {
    private static final ZoneId ZONE = Kazakhstan.ZONE;
    private static final Methodology M = Methodology.standard();
    private static final Actor ORGANIZER = Actor.of("org-1", ActorRole.ORGANIZER);
    private static final Actor EXPERTS = Actor.of("experts-1", ActorRole.EXPERT_GROUP);
    private static final Actor JURY = Actor.of("jury-secretary", ActorRole.JURY);

    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock();
    private Cohort cohort;

    @Test
    void SECTION_11_a_real_cohort_journal_renders_the_report_with_the_rules_that_decided_each_stop() throws Exception {
        SyntheticApplications apps = new SyntheticApplications(M, SimulationParameters.calibrated2020());
        Map<String, Applicant> people = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            // P5 applies as a team of two (APP-02); the others are strong teams
            people.put("P" + i, new Applicant("P" + i, i % 2 == 0 ? "CULTURE_ART_SPORT" : "INCLUSIVE_SOCIETY", 3.0, 3.0, 3.0,
                    i == 5, false, LocalDate.of(2026, 1, 20), 100 + i));
        }
        try (JournalStore journal = FileJournalStore.open(dir.resolve("journal"));
                JournalStore ledgerStore = FileJournalStore.open(dir.resolve("ledger"))) {
            clock.at(LocalDate.of(2026, 1, 20), 12);
            cohort = Cohort.create(journal, "almaty-2026", M, ORGANIZER, clock, FilePersonKeys.open(dir.resolve("keys")))
                    .orElseThrow();
            for (Applicant a : people.values()) {
                ok(new CohortCommand.SubmitApplication("sub-" + a.id(), team(a.id()), a.id(), apps.application(a)));
                ok(new CohortCommand.CheckEligibility("chk-" + a.id(), ORGANIZER, a.id(), "COMPETITION"));
            }
            ok(new CohortCommand.Lifecycle("rej-P5", ORGANIZER, "P5", new Commands.Reject("COMPETITION", true)));
            for (String p : List.of("P1", "P2", "P3", "P4", "P6")) {
                ok(new CohortCommand.Lifecycle("pre-" + p, ORGANIZER, p, new Commands.Preselect()));
                ok(new CohortCommand.Lifecycle("int-" + p, EXPERTS, p, new Commands.RecordFirstInterview(LocalDate.of(2026, 1, 22))));
            }
            clock.at(LocalDate.of(2026, 3, 16), 9);
            for (String p : List.of("P1", "P2", "P3", "P4")) {
                ok(new CohortCommand.Lifecycle("adm-" + p, ORGANIZER, p, new Commands.AdmitToPreAcceleration(
                        EligibilityVerdict.of(List.of()))));
            }
            // PRE-05, PRE-06: one window, two bookings, one held
            Instant window = ZonedDateTime.of(2026, 3, 31, 10, 0, 0, 0, ZONE).toInstant();
            ok(new CohortCommand.PublishAvailability("av", EXPERTS, "E01", window, window.plusSeconds(3 * 3600)));
            ok(new CohortCommand.BookConsultation("bk1", team("P1"), "P1", "E01", window));
            ok(new CohortCommand.BookConsultation("bk2", team("P4"), "P4", "E01", window.plusSeconds(3600)));
            clock.at(LocalDate.of(2026, 3, 31), 12);
            ok(new CohortCommand.MarkConsultationHeld("held1", EXPERTS, "C1"));
            clock.at(LocalDate.of(2026, 4, 1), 10);
            ok(new CohortCommand.Lifecycle("expel-P4", ORGANIZER, "P4", new Commands.Expel(Optional.of("missed the sessions"),
                    Optional.of(new ExpertGroupDecision("EG-1", LocalDate.of(2026, 4, 1))), List.of())));
            LocalDate defense = LocalDate.of(2026, 5, 15);
            clock.at(defense, 18);
            ScoringScheme scheme = M.scoring();
            List<Juror> jurors = new ArrayList<>();
            scheme.jury().seats().forEach(seat -> {
                for (int k = 0; k < seat.count(); k++) {
                    jurors.add(Juror.of("J" + (jurors.size() + 1), seat.role()));
                }
            });
            List<ScoreSheet> sheets = new ArrayList<>();
            for (Juror j : jurors) {
                sheets.add(sheet(scheme, j, "P1", scheme.scale().max()));
                sheets.add(sheet(scheme, j, "P2", scheme.scale().max() - (jurors.indexOf(j) % 2)));
                sheets.add(sheet(scheme, j, "P3", scheme.scale().min()));
            }
            ok(new CohortCommand.HoldDefense("def", JURY, defense, Panel.of(jurors), List.of("P1", "P2", "P3"), Map.of(),
                    sheets));
            for (String p : List.of("P1", "P2", "P3")) {
                ok(new CohortCommand.IssueCertificates("cert-" + p, ORGANIZER, p, "PRE_ACCELERATION",
                        LocalDate.of(2026, 3, 16), defense));
            }
            clock.at(defense.plusDays(1), 10);
            for (String p : List.of("P1", "P2")) {
                ok(new CohortCommand.Lifecycle("apply-" + p, team(p), p, new Commands.ApplyForAcceleration(defense.plusDays(1),
                        new AccelerationDeadline(LocalDate.EPOCH, LocalDate.EPOCH))));
                ok(new CohortCommand.UpdateApplication("plan-" + p, team(p), p,
                        apps.afterPreAcceleration(cohort.view(p).orElseThrow().application(), people.get(p))));
                ok(new CohortCommand.Lifecycle("enter-" + p, ORGANIZER, p,
                        new Commands.EnterAcceleration(EligibilityVerdict.of(List.of()))));
            }
            clock.at(LocalDate.of(2026, 9, 30), 18);
            ok(new CohortCommand.Lifecycle("grad-P1", ORGANIZER, "P1", new Commands.Graduate()));
            ok(new CohortCommand.Lifecycle("grad-P2", ORGANIZER, "P2", new Commands.Graduate()));
            int criteria = M.exit().ambassadorCriteria().size();
            ok(new CohortCommand.Lifecycle("amb-P1", EXPERTS, "P1", new Commands.GrantAmbassadorStatus(criteria, criteria)));
            assertThat(cohort.submit(new CohortCommand.Lifecycle("amb-P2", EXPERTS, "P2",
                    new Commands.GrantAmbassadorStatus(criteria - 1, criteria))).refused()).as("EXT-02: all criteria").isTrue();

            // LFT-01..04: a business lists an offer, the platform issues points to P1 two weeks running
            clock.at(LocalDate.of(2026, 3, 16), 9);
            try (Ledger ledger = cohort.openLedger(ledgerStore, LedgerPolicy.from(M.ledger()))) {
                ActorId platform = ledger.policy().platform();
                ledger.submit(new LedgerCommand.OpenAccount(IdempotencyKey.of("b"), platform, AccountId.of("business:B1"),
                        AccountKind.BUSINESS, ActorId.of("owner:B1"), Optional.empty())).orElseThrow();
                ledger.submit(new LedgerCommand.OpenAccount(IdempotencyKey.of("p"), platform, AccountId.of("project:P1"),
                        AccountKind.PROJECT, ActorId.of("team:P1"), Optional.empty())).orElseThrow();
                for (int week = 1; week <= 2; week++) {
                    ledger.submit(new LedgerCommand.ListOffer(IdempotencyKey.of("o" + week), ActorId.of("owner:B1"),
                            OfferId.of("B1-" + week), AccountId.of("business:B1"), 60, 10, Optional.empty())).orElseThrow();
                    ledger.submit(new LedgerCommand.Issue(IdempotencyKey.of("i" + week), platform, AccountId.of("project:P1"),
                            150)).orElseThrow();
                    clock.advanceDays(7);
                }
            }
        }

        CohortRun run;
        try (JournalStore journal = FileJournalStore.openReadOnly(dir.resolve("journal"));
                JournalStore ledger = FileJournalStore.openReadOnly(dir.resolve("ledger"))) {
            run = CohortJournal.read(journal, FilePersonKeys.open(dir.resolve("keys")), Optional.of(ledger));
            // PRE-05: on a center's calendar (here a law that makes Tuesdays days off) the bars count its working days
            CohortRun tuesdaysOff = CohortJournal.read(journal, FilePersonKeys.open(dir.resolve("keys")), Optional.of(ledger),
                    WorkingCalendar.of(WeekendChanged.of(new KazakhstanHolidayCalendar(), DayOfWeek.TUESDAY,
                            DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
            assertThat(lastDay(tuesdaysOff)).isLessThan(lastDay(run));
            assertThat(tuesdaysOff.projects()).isEqualTo(run.projects());
        }
        assertThat(run.counts()).containsExactly(6, 4, 3, 2, 1);
        assertThat(run.funnel().get(1).stoppedBy()).isEqualTo(Map.of("APP-02", 1));
        assertThat(run.funnel().get(2).stoppedBy()).isEqualTo(Map.of("PRE-09", 1));
        assertThat(run.funnel().get(3).stoppedBy()).isEqualTo(Map.of("DEF-06", 1));
        assertThat(run.funnel().get(4).stoppedBy()).isEqualTo(Map.of("EXT-02", 1));
        assertThat(run.projects()).filteredOn(t -> t.id().equals("P6")).singleElement()
                .satisfies(t -> assertThat(t.stoppedBy()).as("still on its way: no rule stopped it").isEmpty());
        assertThat(run.scores()).hasSize(3);
        assertThat(run.jurors()).hasSize(M.scoring().jurySize());
        assertThat(run.consultations()).isEqualTo(Map.of("E01", 2));
        assertThat(run.unplaced()).as("P4's consultation was booked, not held").isEqualTo(1);
        assertThat(run.market()).hasSize(2);
        assertThat(run.market().get(1).issued()).isEqualTo(300);
        assertThat(run.calendar()).extracting(CohortRun.Bar::code).contains("INTAKE", "KICKOFF", "CONSULTATIONS", "DEFENSE",
                "MODULES");

        Path out = Path.of("target", "report");
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        List<Path> pngs = new ArrayList<>();
        for (Language lang : Language.values()) {
            String html = HtmlReport.render(run, "almaty-2026", lang);
            Path file = out.resolve("cohort-report-" + lang.tag() + ".html").toAbsolutePath();
            Files.writeString(file, html, StandardCharsets.UTF_8);
            Parser parser = Parser.htmlParser().setTrackErrors(100);
            Document parsed = Jsoup.parse(html, "", parser);
            assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
            assertThat(parsed.select("script")).isEmpty();
            assertThat(parsed.selectFirst("p.meta").text()).contains("almaty-2026").doesNotContain("seed");
            files.add(file);
            pngs.add(out.resolve("cohort-report-" + lang.tag() + ".png").toAbsolutePath());
        }
        for (String dom : Chromium.domsAndScreenshots(files, pngs)) {
            Document rendered = Jsoup.parse(dom);
            assertThat(rendered.select("svg.chart").eachAttr("data-chart")).containsExactly("funnel", "scores", "jurors",
                    "calendar", "consultations", "liftcoin", "directions");
            for (Element svg : rendered.select("svg.chart")) {
                assertThat(svg.select("rect, path")).as("shapes in " + svg.attr("data-chart")).isNotEmpty();
                assertThat(svg.selectFirst("title")).isNotNull();
            }
            assertThat(rendered.select("#summary li .n").eachAttr("data-count")).containsExactly("6", "4", "3", "2", "1");
            assertThat(rendered.getElementById("table-scores").select("tbody tr")).hasSize(3);
        }
    }

    private void ok(CohortCommand c) {
        Outcome<CohortReceipt> o = cohort.submit(c);
        assertThat(o.reasons()).as(c.type() + " " + c.key()).isEmpty();
    }

    private static Actor team(String project) {
        return Actor.of("team-" + project, ActorRole.TEAM);
    }

    private static ScoreSheet sheet(ScoringScheme scheme, Juror j, String project, int score) {
        Map<String, Integer> s = new LinkedHashMap<>();
        for (Criterion c : scheme.criteria()) {
            s.put(c.code(), score);
        }
        return ScoreSheet.of(j.id(), project, s);
    }

    /** The test's time, moved by hand. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.EPOCH;

        void at(LocalDate day, int hour) {
            now = day.atTime(hour, 0).atZone(ZONE).toInstant();
        }

        void advanceDays(int days) {
            now = now.plusSeconds(days * 86_400L);
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The working day on which the program calendar's last bar ends. */
    private static int lastDay(CohortRun run) {
        return run.calendar().stream().flatMap(b -> b.spans().stream()).mapToInt(span -> span[1]).max().orElseThrow();
    }
}

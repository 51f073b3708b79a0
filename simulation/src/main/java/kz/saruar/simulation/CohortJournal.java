package kz.saruar.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortEvent;
import kz.saruar.cohort.CohortState;
import kz.saruar.cohort.ProjectView;
import kz.saruar.ledger.CoverageReport;
import kz.saruar.ledger.JournalRecord;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.model.Arguments;
import kz.saruar.model.journal.RecordedEvent;
import kz.saruar.model.privacy.PersonKeys;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.SaruarException;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.program.ProgramCalendar;
import kz.saruar.scheduling.program.ProgramCalendarGenerator;
import kz.saruar.scheduling.program.ProgramSession;
import kz.saruar.scheduling.program.ProgramSettings;
import kz.saruar.scheduling.program.SessionKind;
import kz.saruar.scoring.BatchSubmission;
import kz.saruar.scoring.DefenseProtocol;
import kz.saruar.scoring.DefenseSession;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.ScoreSheet;
import kz.saruar.scoring.stats.ScoringStatistics;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StoredRecord;

/**
 * Reads a cohort's journal (and its LIFTCOIN ledger's journal) into the report's figures
 * (docs/simulation.md, "The report"): the funnel with the rule that stopped each project, the
 * defense totals and juror statistics (DEF-03..09), the program calendar (PRE, DEF, ACC),
 * consultations per expert (PRE-05, PRE-06) and the market week by week (LFT-01..04). A simulated
 * cohort and a real one are read by this same class, so their reports come from the same code.
 */
public final class CohortJournal {
    private static final int PAGE = 4096;
    private static final Duration WEEK = Duration.ofDays(7);

    private CohortJournal() {
    }

    /**
     * Opens the cohort on its journal (replaying it; the keys open the personal data, which the
     * report never shows) and reads it.
     *
     * @param journal the cohort's journal
     * @param keys    the per-person keys
     * @param ledger  the cohort's LIFTCOIN ledger journal, if it has one
     */
    public static CohortRun read(JournalStore journal, PersonKeys keys, Optional<JournalStore> ledger) {
        return read(journal, keys, ledger, WorkingCalendar.kazakhstan());
    }

    /**
     * As {@link #read(JournalStore, PersonKeys, Optional)}, on a center's own working calendar:
     * the program calendar's bars count its working days (PRE-05).
     */
    public static CohortRun read(JournalStore journal, PersonKeys keys, Optional<JournalStore> ledger,
            WorkingCalendar calendar) {
        Arguments.nonNull("journal", journal, "keys", keys, "ledger", ledger, "calendar", calendar);
        // the report decides nothing: the clock is never read for a decision
        Cohort cohort = Cohort.open(journal, Clock.fixed(Instant.EPOCH, Kazakhstan.ZONE), keys, calendar);
        return read(cohort, ledger, OptionalLong.empty());
    }

    /**
     * Reads an open cohort.
     *
     * @param cohort the cohort
     * @param ledger its LIFTCOIN ledger journal, if it has one
     * @param seed   the seed of a simulated cohort, empty for a real one (the report names the cohort)
     */
    public static CohortRun read(Cohort cohort, Optional<JournalStore> ledger, OptionalLong seed) {
        Objects.requireNonNull(cohort, "cohort");
        Events events = new Events();
        Cohort.events(cohort.store()).forEach(events);
        return read(cohort, events, ledger, seed);
    }

    /**
     * IDs compared with their runs of digits as numbers: {@code E9 < E10 < E100}, then as text; a
     * total order (transitive, consistent with equals), digits of other scripts included.
     */
    static int naturalOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c = compareNumbers(a, i, ei, b, j, ej);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                // a digit of any script sorts as the ASCII digit of its value, so that "1" < "x" < "٠"
                // < "1" cannot happen (a cycle would break the TreeMap this order sorts)
                char nx = ascii(x);
                char ny = ascii(y);
                if (nx != ny) {
                    return Character.compare(nx, ny);
                }
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        // equal by value but written differently (E01, E1): the text decides, so distinct IDs never tie
        return rest != 0 ? rest : a.compareTo(b);
    }

    private static char ascii(char c) {
        return Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c;
    }

    /**
     * Compares the digit runs {@code a[i, ei)} and {@code b[j, ej)} by the numbers they write, as
     * {@code new BigInteger(run)} would, without parsing them: the booked-consultations map
     * compares expert IDs this way for every booking of a national intake.
     */
    private static int compareNumbers(String a, int i, int ei, String b, int j, int ej) {
        while (i < ei - 1 && Character.digit(a.charAt(i), 10) == 0) {
            i++;
        }
        while (j < ej - 1 && Character.digit(b.charAt(j), 10) == 0) {
            j++;
        }
        if (ei - i != ej - j) {
            return Integer.compare(ei - i, ej - j);
        }
        for (; i < ei; i++, j++) {
            int c = Integer.compare(Character.digit(a.charAt(i), 10), Character.digit(b.charAt(j), 10));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * What the report needs of a cohort's events, folded one event at a time in journal order:
     * from the whole journal ({@link #read(Cohort, Optional, OptionalLong)}), or following a
     * cohort as it records them ({@link Cohort#follow}), as a simulation does.
     */
    static final class Events implements Consumer<RecordedEvent<CohortEvent>> {
        private final Map<String, ProjectState> withdrawnFrom = new HashMap<>();
        // of a failed verdict only what the report reads: a national intake rejects thousands, and
        // their whole check lines (with three languages each) would stay live to the end
        private final Map<String, Failed> lastFailed = new HashMap<>();
        private final List<CohortEvent.DefenseHeld> defenses = new ArrayList<>();
        // experts in natural order (E9 before E10 before E100), as a coordinator reads IDs
        private final Map<String, Integer> booked = new TreeMap<>(CohortJournal::naturalOrder);
        private final Set<String> held = new HashSet<>();
        private final Map<String, String> expertOf = new HashMap<>();
        private Optional<LocalDate> preStart = Optional.empty();
        private LocalDate firstConsultation;
        private LocalDate lastConsultation;
        /** The latest moment recorded, its day worked out once at the end rather than for every event. */
        private Instant last = Instant.MIN;

        @Override
        public void accept(RecordedEvent<CohortEvent> r) {
            Instant at = r.at().toInstant();
            last = at.isAfter(last) ? at : last;
            CohortEvent e = r.event();
            if (e instanceof CohortEvent.LifecycleRecorded l) {
                if (l.to() == ProjectState.WITHDRAWN) {
                    withdrawnFrom.put(l.project(), l.from());
                } else if (l.to() == ProjectState.IN_PRE_ACCELERATION && preStart.isEmpty()) {
                    preStart = Optional.of(r.at().atZoneSameInstant(Kazakhstan.ZONE).toLocalDate());
                }
            } else if (e instanceof CohortEvent.EligibilityRecorded v) {
                if (v.status() == CheckStatus.PASSED) {
                    lastFailed.remove(v.project());
                } else {
                    lastFailed.put(v.project(), Failed.of(v));
                }
            } else if (e instanceof CohortEvent.DefenseHeld d) {
                defenses.add(d);
            } else if (e instanceof CohortEvent.ConsultationBooked b) {
                booked.merge(b.expert(), 1, Integer::sum);
                expertOf.put(b.consultation(), b.expert());
                LocalDate on = b.start().atZone(Kazakhstan.ZONE).toLocalDate();
                firstConsultation = firstConsultation == null || on.isBefore(firstConsultation) ? on : firstConsultation;
                lastConsultation = lastConsultation == null || on.isAfter(lastConsultation) ? on : lastConsultation;
            } else if (e instanceof CohortEvent.ConsultationHeld h) {
                held.add(h.consultation());
            }
        }
    }

    /** Reads a cohort whose every event {@code events} has folded. */
    static CohortRun read(Cohort cohort, Events events, Optional<JournalStore> ledger, OptionalLong seed) {
        Arguments.nonNull("ledger", ledger);
        return read(cohort, events, ledger.map(l -> market(l, cohort.methodology())).orElse(List.of()), seed);
    }

    /**
     * Reads a cohort whose market weeks are already known: a simulation counts them as its ledger
     * records ({@link MarketWeeks}), instead of replaying the ledger's journal afterwards.
     */
    static CohortRun read(Cohort cohort, Events events, List<CohortRun.MarketWeek> marketWeeks, OptionalLong seed) {
        Arguments.nonNull("seed", seed, "cohort", cohort, "marketWeeks", marketWeeks);
        Methodology m = cohort.methodology();
        CohortState state = cohort.state();
        // the bars count the working days of the calendar the cohort was opened on
        WorkingCalendar working = cohort.calendar();
        Map<String, ProjectState> withdrawnFrom = events.withdrawnFrom;
        Map<String, Failed> lastFailed = events.lastFailed;
        List<CohortEvent.DefenseHeld> defenses = events.defenses;
        Map<String, Integer> booked = events.booked;
        Set<String> held = events.held;
        Map<String, String> expertOf = events.expertOf;
        Optional<LocalDate> preStart = events.preStart;
        LocalDate firstConsultation = events.firstConsultation;
        LocalDate lastConsultation = events.lastConsultation;
        LocalDate lastDay = events.last.equals(Instant.MIN) ? LocalDate.MIN
                : events.last.atZone(Kazakhstan.ZONE).toLocalDate();

        int n = state.projects().size();
        int[] reached = new int[n];
        String[] stopped = new String[n];
        Map<String, String> direction = new HashMap<>();
        List<CohortRun.Trace> traces = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ProjectView p = state.projects().get(i);
            direction.put(p.id(), p.application().form().direction());
            Stop s = stage(p, withdrawnFrom.get(p.id()), lastFailed.get(p.id()), m, lastDay);
            reached[i] = s.reached;
            stopped[i] = s.rule;
            OptionalInt total = p.defense().map(d -> OptionalInt.of(d.total())).orElse(OptionalInt.empty());
            traces.add(new CohortRun.Trace(p.id(), direction.get(p.id()), s.reached, Optional.ofNullable(s.rule), total));
        }

        ScoringScheme scheme = m.scoring();
        List<CohortRun.Score> scores = new ArrayList<>();
        Map<String, List<Double>> severity = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        List<DefenseSession> sessions = new ArrayList<>();
        Map<String, Instant> submitted = new HashMap<>();
        state.projects().forEach(p -> submitted.put(p.id(), p.submittedAt()));
        for (CohortEvent.DefenseHeld d : defenses) {
            for (CohortEvent.DecisionLine line : d.decisions()) {
                scores.add(new CohortRun.Score(line.project(), direction.getOrDefault(line.project(), ""), line.total(),
                        line.band(), line.passed()));
            }
            DefenseSession session = session(m, d, submitted);
            ScoringStatistics stats = statistics(d, session);
            sessions.add(session);
            d.jurors().forEach(j -> roles.putIfAbsent(j.id(), j.role()));
            stats.severities().forEach(s ->
                    severity.computeIfAbsent(s.jurorId(), k -> new ArrayList<>()).add(s.meanDeviation()));
        }
        // the whole defense's agreement, every session pooled, as the severity bars average every session
        OptionalDouble agreement = ScoringStatistics.agreement(sessions);
        List<CohortRun.JurorSeverity> jurors = new ArrayList<>();
        roles.forEach((id, role) -> {
            List<Double> s = severity.get(id);
            if (s != null) {
                jurors.add(new CohortRun.JurorSeverity(id, role, s.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
            }
        });
        List<CohortRun.BandRange> bands = scheme.bands().stream()
                .map(b -> new CohortRun.BandRange(b.code(), b.name(), b.from(), b.to())).toList();

        int notHeld = (int) expertOf.keySet().stream().filter(c -> !held.contains(c)).count();
        Optional<LocalDate> defenseDay = defenses.stream().map(CohortEvent.DefenseHeld::date).min(LocalDate::compareTo);
        List<CohortRun.Bar> calendar = new Bars(m, working, state, preStart, defenseDay,
                Optional.ofNullable(firstConsultation), Optional.ofNullable(lastConsultation)).bars();
        String label = seed.isPresent() ? CohortRun.seedLabel(seed.getAsLong()) : state.cohortId();
        return new CohortRun(m.id(), seed.orElse(0), funnel(reached, stopped), traces, scores, scheme.passThreshold(),
                scheme.minTotal(), scheme.maxTotal(), scheme.jurySize(), bands, agreement, jurors, calendar, booked,
                notHeld, marketWeeks, label, names(m));
    }

    /** The names the report shows for the codes of directions, bands and jury seats, each kind by its own keys. */
    private static Map<String, LocalizedText> names(Methodology m) {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        m.directions().forEach(d -> names.put(CohortRun.Named.DIRECTION.key(d.code()), d.name()));
        m.scoring().bands().forEach(b -> names.put(CohortRun.Named.BAND.key(b.code()), b.name()));
        m.scoring().jury().seats().forEach(s -> names.put(CohortRun.Named.SEAT.key(s.role()), s.name()));
        return names;
    }

    private record Stop(int reached, String rule) {
    }

    /**
     * The last stage a project reached and the rule that stopped it; a project still on its way
     * (applied, in a program, awaiting a decision within its deadline) names no rule.
     */
    private static Stop stage(ProjectView p, ProjectState withdrawnFrom, Failed failed,
            Methodology m, LocalDate lastDay) {
        return switch (p.state()) {
            case APPLIED, PRESELECTED, INTERVIEWED -> new Stop(0, null);
            case REJECTED -> new Stop(0, rejectedBy(p, failed));
            case IN_PRE_ACCELERATION -> new Stop(1, null);
            case EXPELLED -> new Stop(1, "PRE-09");
            case NOT_PASSED -> new Stop(2, "DEF-06");
            case DEFENDED -> {
                if (failed != null && "DEF_12".equals(failed.check())) {
                    yield new Stop(2, "DEF-12");
                }
                boolean late = p.accelerationApplication().isEmpty() && p.defenseDate()
                        .map(d -> d.plusDays(m.defense().applicationToAccelerationDays()).isBefore(lastDay)).orElse(false);
                yield new Stop(2, late ? "DEF-11" : null);
            }
            case IN_ACCELERATION -> new Stop(2, null);
            // a graduate not (yet) recommended for ambassador status
            case GRADUATED -> new Stop(3, "EXT-02");
            case BRAND_AMBASSADOR -> new Stop(4, null);
            case WITHDRAWN -> withdrawnFrom == null ? new Stop(0, "DEF-12") : switch (withdrawnFrom) {
                case IN_ACCELERATION -> new Stop(2, "ACC-01");
                case DEFENDED -> new Stop(2, "DEF-12");
                case IN_PRE_ACCELERATION -> new Stop(1, "DEF-12");
                default -> new Stop(0, "DEF-12");
            };
        };
    }

    /** A project's last failed verdict: its check, and the first rule (in order) it did not pass, if any. */
    private record Failed(String check, Optional<String> rule) {
        static Failed of(CohortEvent.EligibilityRecorded v) {
            return new Failed(v.check(), v.checks().stream().filter(c -> c.status() != CheckStatus.PASSED)
                    .map(CohortEvent.CheckLine::rule).sorted().findFirst());
        }
    }

    /** The first rule the last failed verdict did not pass; else the rejection's code when it names a rule; else APP-12. */
    private static String rejectedBy(ProjectView p, Failed failed) {
        if (failed != null && failed.rule().isPresent()) {
            return failed.rule().get();
        }
        String code = p.rejection().map(r -> r.reasonCode()).orElse("");
        return code.matches("[A-Z]{3}_\\d{2}") ? code.replace('_', '-') : "APP-12";
    }

    /** A recorded defense reopened with its sheets, as the scoring module accepted them. */
    private static DefenseSession session(Methodology m, CohortEvent.DefenseHeld d, Map<String, Instant> submitted) {
        List<Juror> sitting = new ArrayList<>();
        List<Juror> substitutes = new ArrayList<>();
        d.jurors().forEach(j -> (j.substitute() ? substitutes : sitting).add(Juror.of(j.id(), j.role())));
        List<Project> projects = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ScoreSheet> sheets = new ArrayList<>();
        for (CohortEvent.SheetLine s : d.sheets()) {
            if (seen.add(s.project())) {
                projects.add(new Project(s.project(), s.project(), submitted.getOrDefault(s.project(), Instant.EPOCH),
                        List.of(), Optional.ofNullable(d.mentorExperts().get(s.project()))));
            }
            sheets.add(new ScoreSheet(s.juror(), s.project(), s.scores(), s.comment()));
        }
        DefenseSession session = DefenseSession.open(m, Panel.of(sitting, substitutes), projects)
                .value().orElseThrow(() -> new SaruarException("the recorded defense " + d.session() + " does not reopen"));
        BatchSubmission batch = session.submitAll(sheets);
        return batch.session();
    }

    /** The juror statistics of one session, from its recorded panel and sheets (DEF-03..09). */
    private static ScoringStatistics statistics(CohortEvent.DefenseHeld d, DefenseSession session) {
        DefenseProtocol protocol = session.protocol(d.date()).value()
                .orElseThrow(() -> new SaruarException("the recorded defense " + d.session() + " gives no protocol"));
        return ScoringStatistics.of(session, protocol);
    }

    private static List<CohortRun.Stage> funnel(int[] reached, String[] stopped) {
        List<CohortRun.Stage> out = new ArrayList<>();
        for (int s = 0; s < STAGES.size(); s++) {
            StageDef d = STAGES.get(s);
            int count = 0;
            Map<String, Integer> by = new TreeMap<>();
            for (int i = 0; i < reached.length; i++) {
                if (reached[i] >= s) {
                    count++;
                } else if (reached[i] == s - 1 && stopped[i] != null) {
                    by.merge(stopped[i], 1, Integer::sum);
                }
            }
            out.add(new CohortRun.Stage(d.code, d.name, count, d.rules, by));
        }
        return out;
    }

    private record StageDef(String code, LocalizedText name, List<String> rules) {
    }

    /** The five stages of the 2020 funnel (docs/simulation.md) and the rules that decide each. */
    private static final List<StageDef> STAGES = List.of(
            new StageDef("APPLIED", LocalizedText.of("Өтінімдер", "Заявки", "Applications"), List.of("APP-03", "APP-09")),
            new StageDef("ADMITTED", LocalizedText.of("Преакселерацияға қабылданды", "Допущены к преакселерации",
                    "Admitted to pre-acceleration"), List.of("APP-01", "APP-02", "APP-04", "APP-05", "APP-06", "APP-07", "APP-08")),
            new StageDef("CERTIFIED", LocalizedText.of("Преакселерацияны сертификатпен аяқтады",
                    "Завершили преакселерацию с сертификатом", "Completed pre-acceleration with a certificate"),
                    List.of("PRE-09", "DEF-10")),
            new StageDef("GRADUATED", LocalizedText.of("Акселерацияны толық аяқтады", "Завершили полную акселерацию",
                    "Completed full acceleration"), List.of("DEF-06", "DEF-11", "DEF-12", "ACC-01")),
            new StageDef("AMBASSADORS", LocalizedText.of("Масштабтауға дайын (бренд-амбассадорлар)",
                    "Готовы к масштабированию (бренд-амбассадоры)", "Ready to scale (brand ambassadors)"),
                    List.of("EXT-02")));

    /**
     * The market week by week (LFT-01..04): the ledger's recorded commands replayed in order into
     * a fresh ledger on the methodology's policy, its coverage read at the end of each week since
     * the first record. Refused commands are not in a journal, so no refusals are counted.
     */
    private static List<CohortRun.MarketWeek> market(JournalStore store, Methodology m) {
        List<JournalRecord> records = new ArrayList<>();
        long p = 0;
        while (true) {
            List<StoredRecord> page = store.read(p, PAGE);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(r -> records.add(JournalRecord.parse(r.payload())));
            p += page.size();
        }
        if (records.size() < 2) {
            return List.of();
        }
        MovableClock clock = new MovableClock(records.get(1).at());
        try (Ledger replay = Ledger.inMemory(LedgerPolicy.from(m.ledger()), clock)) {
            MarketWeeks weeks = new MarketWeeks();
            for (int i = 1; i < records.size(); i++) {
                JournalRecord r = records.get(i);
                weeks.before(r.at(), replay);
                if (r.command() instanceof LedgerCommand.Genesis) {
                    continue;
                }
                clock.now = r.at();
                Outcome<JournalRecord> o = replay.submit(r.command());
                if (o.refused()) {
                    throw new SaruarException("the ledger record " + r.sequence() + " does not replay: "
                            + o.reasons().get(0).code());
                }
                weeks.recorded(r.at(), r.command());
            }
            return weeks.close(replay);
        }
    }

    /**
     * The market's weeks counted as a ledger records its commands: week 1 starts at the first
     * record after the genesis, and a week's figures are the ledger's after every record before
     * its end. The report's replay and a simulation's live ledger count with this one class, so
     * both give the same weeks.
     */
    static final class MarketWeeks {
        private final List<CohortRun.MarketWeek> weeks = new ArrayList<>();
        private final List<CohortRun.MarketWeek> ending = new ArrayList<>();
        private Instant end;
        private Instant nextEnd;
        private int week = 1;
        private long issued;

        /**
         * Before a command made at {@code at}: the weeks that end before it, read from
         * {@code ledger} as it is now. They count once the command is recorded; a refused command
         * changes nothing in the ledger, so the next one reads the same figures.
         */
        void before(Instant at, Ledger ledger) {
            ending.clear();
            nextEnd = end;
            int w = week;
            while (nextEnd != null && !at.isBefore(nextEnd)) {
                ending.add(week(ledger, w++, issued));
                nextEnd = nextEnd.plus(WEEK);
            }
        }

        /** The command given to {@link #before} is recorded at {@code at} (one refused or repeated is not). */
        void recorded(Instant at, LedgerCommand command) {
            weeks.addAll(ending);
            week += ending.size();
            ending.clear();
            end = nextEnd == null ? at.plus(WEEK) : nextEnd;
            if (command instanceof LedgerCommand.Issue issue) {
                issued += issue.amount();
            }
        }

        /** The weeks, the last one read from {@code ledger} as it is now; none if nothing was recorded. */
        List<CohortRun.MarketWeek> close(Ledger ledger) {
            if (end != null) {
                weeks.add(week(ledger, week, issued));
                end = null;
            }
            return List.copyOf(weeks);
        }

        private static CohortRun.MarketWeek week(Ledger ledger, int week, long issued) {
            CoverageReport c = ledger.coverage();
            return new CohortRun.MarketWeek(week, issued, c.circulation(), c.capacity(), 0);
        }
    }

    /** The recorded time of the command being replayed. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return Kazakhstan.ZONE;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The program calendar as bars on working days since the intake opened (APP-09..ACC-04). */
    private static final class Bars {
        private final Methodology m;
        private final WorkingCalendar working;
        private final LocalDate opens;
        private final LocalDate closes;
        private final Optional<LocalDate> preStart;
        private final Optional<LocalDate> defenseDay;
        private final Optional<LocalDate> firstConsultation;
        private final Optional<LocalDate> lastConsultation;

        Bars(Methodology m, WorkingCalendar working, CohortState state, Optional<LocalDate> preStart,
                Optional<LocalDate> defenseDay, Optional<LocalDate> firstConsultation, Optional<LocalDate> lastConsultation) {
            this.m = m;
            this.working = working;
            this.opens = state.projects().stream().map(p -> day(p.submittedAt())).min(LocalDate::compareTo)
                    .orElse(LocalDate.of(2026, 1, 1));
            this.closes = state.projects().stream().map(p -> day(p.submittedAt())).max(LocalDate::compareTo).orElse(opens);
            this.preStart = preStart;
            this.defenseDay = defenseDay;
            this.firstConsultation = firstConsultation;
            this.lastConsultation = lastConsultation;
        }

        private static LocalDate day(Instant i) {
            return i.atZone(Kazakhstan.ZONE).toLocalDate();
        }

        List<CohortRun.Bar> bars() {
            List<CohortRun.Bar> out = new ArrayList<>();
            out.add(bar("INTAKE", LocalizedText.of("Өтінім қабылдау", "Приём заявок", "Intake"), "APP-09",
                    List.of(span(opens, closes))));
            out.add(bar("INTERVIEWS", LocalizedText.of("Алғашқы сұхбаттар", "Первичные собеседования", "First interviews"),
                    "APP-10", List.of(span(opens, closes.plusDays(m.intake().firstInterviewDays())))));
            Optional<ProgramCalendar> calendar = preStart.flatMap(s ->
                    new ProgramCalendarGenerator(m, working, ProgramSettings.standard()).generate("report", s).value());
            calendar.ifPresent(c -> {
                out.add(sessions(c, SessionKind.KICKOFF, "KICKOFF", LocalizedText.of("Нұсқау сессиялары",
                        "Установочные сессии", "Kickoff sessions"), "PRE-02", false));
                out.add(sessions(c, SessionKind.BASIC_COURSE, "COURSES", LocalizedText.of("Базалық курстар",
                        "Базовые курсы", "Basic courses"), "PRE-03", true));
            });
            if (firstConsultation.isPresent()) {
                out.add(bar("CONSULTATIONS", LocalizedText.of("Кеңестер", "Консультации", "Consultations"), "PRE-05",
                        List.of(span(firstConsultation.get(), lastConsultation.orElseThrow()))));
            }
            Optional<LocalDate> defense = defenseDay.or(() -> calendar.flatMap(c ->
                    c.sessions(SessionKind.DEFENSE).stream().findFirst()).map(s -> s.start().toLocalDate()));
            defense.ifPresent(d -> {
                out.add(bar("DEFENSE", LocalizedText.of("Қорғау", "Защита", "Defense"), "DEF-01", List.of(span(d, d))));
                out.add(bar("APPLICATION", LocalizedText.of("Акселерацияға өтінім", "Заявка в акселерацию",
                        "Application to acceleration"), "DEF-11",
                        List.of(span(d, d.plusDays(m.defense().applicationToAccelerationDays())))));
            });
            calendar.ifPresent(c -> {
                out.add(sessions(c, SessionKind.MODULE, "MODULES", LocalizedText.of("Акселерация модульдері",
                        "Модули акселерации", "Acceleration modules"), "ACC-02", true));
                out.add(sessions(c, SessionKind.COACHING, "COACHING", LocalizedText.of("Коучинг", "Коучинг", "Coaching"),
                        "ACC-04", false));
                out.add(sessions(c, SessionKind.DEMO_DAY, "DEMO_DAY", LocalizedText.of("Демо-күн", "Демо-день", "Demo day"),
                        "ACC-03", false));
            });
            return out;
        }

        private CohortRun.Bar sessions(ProgramCalendar c, SessionKind kind, String code, LocalizedText name, String rule,
                boolean merge) {
            List<ProgramSession> s = c.sessions(kind);
            List<int[]> spans = new ArrayList<>();
            if (merge && !s.isEmpty()) {
                spans.add(span(s.get(0).start().toLocalDate(), s.get(s.size() - 1).start().toLocalDate()));
            } else {
                s.forEach(x -> spans.add(span(x.start().toLocalDate(), x.start().toLocalDate())));
            }
            return bar(code, name, rule, spans);
        }

        private static CohortRun.Bar bar(String code, LocalizedText name, String rule, List<int[]> spans) {
            return new CohortRun.Bar(code, name, rule, spans);
        }

        private int[] span(LocalDate from, LocalDate to) {
            int a = from.isAfter(opens) ? workingDays(opens, from) : 0;
            int b = workingDays(opens, to.isBefore(from) ? from : to) + 1;
            return new int[] {a, Math.max(a + 1, b)};
        }

        private int workingDays(LocalDate from, LocalDate to) {
            if (!to.isAfter(from)) {
                return 0;
            }
            var outcome = working.countWorkingDays(from, to);
            return outcome.value().orElseThrow(() -> new SaruarException(
                    "no holiday data between " + from + " and " + to + ": " + outcome.reasons()));
        }
    }
}

package kz.saruar.jqwik;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import kz.saruar.ledger.CoverageReport;
import kz.saruar.ledger.IdempotencyKey;
import kz.saruar.ledger.JournalRecord;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.ledger.OfferId;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.Rules;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.EligibilityChecks;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.scheduling.SchedulingReason;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.ConsultationPlan;
import kz.saruar.scheduling.consultation.ConsultationPlanner;
import kz.saruar.scheduling.consultation.PlanChecker;
import kz.saruar.scheduling.consultation.PlanningProblem;
import kz.saruar.scheduling.program.ProgramCalendar;
import kz.saruar.scheduling.program.ProgramCalendarGenerator;
import kz.saruar.scheduling.program.ProgramSession;
import kz.saruar.scheduling.program.ProgramSettings;
import kz.saruar.scheduling.program.SessionKind;
import kz.saruar.scoring.ProjectDecision;
import kz.saruar.scoring.ScoreSheet;
import kz.saruar.scoring.Scoring;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The consistency properties of a methodology: what its rules promise together, each naming the
 * rules it ties (DEF-04..09 scoring, PRE-01/02 and ACC-01/02/04 calendars, APP-09..11 and DEF-11
 * deadlines, APP-12 lifecycle, LFT-01..04 coverage). {@link #standard()} checks the library's own scoring, calendar and
 * lifecycle; the parts are replaceable so that the kit's tests can show each property catching a
 * broken one.
 */
public final class ConsistencyProperties {
    /** The decision on one project's sheets (DEF-05..09); empty when refused. */
    @FunctionalInterface
    interface Decider {
        Optional<ProjectDecision> decide(ScoringScheme scheme, String projectId, List<ScoreSheet> sheets);
    }

    /** A band and a position inside it, in per cent of its width (DEF-07). */
    public record BandTarget(int band, int percent) {
    }

    /** Sheets and the one score to raise by one point (DEF-04). */
    public record Raise(List<ScoreSheet> sheets, int juror, int criterion) {
    }

    private static final String PROJECT = "P1";
    private static final Clock LEDGER_CLOCK = Clock.fixed(Instant.parse("2026-03-02T06:00:00Z"), Kazakhstan.ZONE);

    private final Decider decider;
    private final WorkingCalendar calendar;
    private final Function<ProjectState, Set<ProjectState>> successors;
    private final BiFunction<Methodology, LocalDate, Optional<ProgramCalendar>> programs;
    private final BiFunction<ProjectApplication, Methodology, EligibilityVerdict> eligibility;
    private final Function<LedgerPolicy, Ledger> ledgers;
    private final Function<PlanningProblem, ConsultationPlan> planner;

    ConsistencyProperties(Decider decider, WorkingCalendar calendar,
            Function<ProjectState, Set<ProjectState>> successors) {
        this(decider, calendar, successors,
                (m, start) -> new ProgramCalendarGenerator(m, calendar, ProgramSettings.standard()).generate("kit", start)
                        .value(),
                (a, m) -> EligibilityChecks.competition(a, m, LEDGER_CLOCK),
                policy -> Ledger.inMemory(policy, LEDGER_CLOCK),
                problem -> new ConsultationPlanner(calendar).plan(problem));
    }

    private ConsistencyProperties(Decider decider, WorkingCalendar calendar,
            Function<ProjectState, Set<ProjectState>> successors,
            BiFunction<Methodology, LocalDate, Optional<ProgramCalendar>> programs,
            BiFunction<ProjectApplication, Methodology, EligibilityVerdict> eligibility,
            Function<LedgerPolicy, Ledger> ledgers, Function<PlanningProblem, ConsultationPlan> planner) {
        this.decider = Objects.requireNonNull(decider, "decider");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.successors = Objects.requireNonNull(successors, "successors");
        this.programs = Objects.requireNonNull(programs, "programs");
        this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.planner = Objects.requireNonNull(planner, "planner");
    }

    /** The same properties over another program generator (for the kit's can-fail tests). */
    ConsistencyProperties withPrograms(BiFunction<Methodology, LocalDate, Optional<ProgramCalendar>> other) {
        return new ConsistencyProperties(decider, calendar, successors, other, eligibility, ledgers, planner);
    }

    /** The same properties over another eligibility check. */
    ConsistencyProperties withEligibility(BiFunction<ProjectApplication, Methodology, EligibilityVerdict> other) {
        return new ConsistencyProperties(decider, calendar, successors, programs, other, ledgers, planner);
    }

    /** The same properties over another ledger. */
    ConsistencyProperties withLedgers(Function<LedgerPolicy, Ledger> other) {
        return new ConsistencyProperties(decider, calendar, successors, programs, eligibility, other, planner);
    }

    /** The same properties over another consultation planner. */
    ConsistencyProperties withPlanner(Function<PlanningProblem, ConsultationPlan> other) {
        return new ConsistencyProperties(decider, calendar, successors, programs, eligibility, ledgers, other);
    }

    /** The properties over the library's scoring, the built-in Kazakhstan calendar and the lifecycle. */
    public static ConsistencyProperties standard() {
        return withCalendar(WorkingCalendar.kazakhstan());
    }

    /** The properties over the library's scoring and lifecycle and this working calendar. */
    public static ConsistencyProperties withCalendar(WorkingCalendar calendar) {
        return new ConsistencyProperties((s, p, sheets) -> Scoring.decide(s, p, sheets).value(), calendar,
                ProjectState::successors);
    }

    /** Every property, in a stable order. */
    public List<ConsistencyProperty<?>> all() {
        return List.of(everyBandIsReachable(), passAndFailAreBothReachable(), aPassNeverLiesInTheLowestBand(),
                raisingAScoreNeverLowersTheOutcome(), prorationKeepsTotalsInRange(), theProgramFitsItsWorkingDays(),
                deadlinesFallInsideTheProgram(), everyStateIsReachableAndNoneIsADeadEnd(), coverageCanBeMet(),
                circulationNeverExceedsCoverage(), eligibilityFollowsItsBoundaries(), aConsultationPlanBreaksNoRule());
    }

    /** DEF-05..08: for every band some set of sheets lands in it, with the pass decision its total gives. */
    public ConsistencyProperty<BandTarget> everyBandIsReachable() {
        return new ConsistencyProperty<>("everyBandIsReachable", List.of("DEF-05", "DEF-06", "DEF-07", "DEF-08"),
                "every band, and the pass decision of each total, is reachable from some set of score sheets",
                m -> Combinators.combine(Arbitraries.integers().between(0, m.scoring().bands().size() - 1),
                        Arbitraries.integers().between(0, 100)).as(BandTarget::new),
                (m, t) -> {
                    ScoringScheme s = m.scoring();
                    Band band = s.bands().get(t.band());
                    int from = Math.max(band.from(), s.minTotal());
                    int to = Math.min(band.to(), s.maxTotal());
                    if (from > to) {
                        return Optional.of("band " + band.code() + " [" + band.from() + ", " + band.to()
                                + "] lies outside the totals [" + s.minTotal() + ", " + s.maxTotal() + "]");
                    }
                    int total = from + (to - from) * t.percent() / 100;
                    Optional<ProjectDecision> d = decider.decide(s, PROJECT, sheetsWithTotal(s, total));
                    if (d.isEmpty()) {
                        return Optional.of("full sheets totalling " + total + " were refused");
                    }
                    if (!d.get().band().code().equals(band.code()) || d.get().total() != total) {
                        return Optional.of("sheets totalling " + total + " gave " + d.get().total() + " in band "
                                + d.get().band().code() + ", not " + band.code());
                    }
                    return d.get().passed() == s.passes(total) ? Optional.empty()
                            : Optional.of("total " + total + " decided passed=" + d.get().passed()
                                    + " against the threshold " + s.passThreshold());
                });
    }

    /** DEF-06: the pass decision can go both ways; a threshold at the lowest total passes everyone. */
    public ConsistencyProperty<Boolean> passAndFailAreBothReachable() {
        return new ConsistencyProperty<>("passAndFailAreBothReachable", List.of("DEF-05", "DEF-06"),
                "some total passes and some total fails",
                m -> Arbitraries.of(true, false),
                (m, pass) -> {
                    ScoringScheme s = m.scoring();
                    int total = pass ? s.maxTotal() : s.minTotal();
                    Optional<ProjectDecision> d = decider.decide(s, PROJECT, sheetsWithTotal(s, total));
                    if (d.isEmpty()) {
                        return Optional.of("full sheets totalling " + total + " were refused");
                    }
                    return d.get().passed() == pass ? Optional.empty()
                            : Optional.of((pass ? "even the highest total " : "even the lowest total ") + total
                                    + (pass ? " fails" : " passes") + " with the threshold " + s.passThreshold());
                });
    }

    /** DEF-06, DEF-07: a total that passes never lies in the lowest band. */
    public ConsistencyProperty<List<ScoreSheet>> aPassNeverLiesInTheLowestBand() {
        return new ConsistencyProperty<>("aPassNeverLiesInTheLowestBand", List.of("DEF-06", "DEF-07", "DEF-08"),
                "a total that passes never lies in the lowest band",
                m -> SaruarArbitraries.fullSheets(m.scoring(), PROJECT),
                (m, sheets) -> decider.decide(m.scoring(), PROJECT, sheets)
                        .filter(d -> d.passed() && d.band().code().equals(m.scoring().bands().get(0).code()))
                        .map(d -> "total " + d.total() + " passes (threshold " + m.scoring().passThreshold()
                                + ") but lies in the lowest band " + d.band().code()));
    }

    /** DEF-04..08: raising one score never lowers the band or turns a pass into a fail. */
    public ConsistencyProperty<Raise> raisingAScoreNeverLowersTheOutcome() {
        return new ConsistencyProperty<>("raisingAScoreNeverLowersTheOutcome",
                List.of("DEF-04", "DEF-05", "DEF-06", "DEF-07", "DEF-08"),
                "raising one score never lowers the band or turns a pass into a fail",
                m -> Combinators.combine(SaruarArbitraries.fullSheets(m.scoring(), PROJECT),
                        Arbitraries.integers().between(0, m.scoring().jurySize() - 1),
                        Arbitraries.integers().between(0, m.scoring().criteria().size() - 1)).as(Raise::new),
                (m, r) -> {
                    ScoringScheme s = m.scoring();
                    ScoreSheet sheet = r.sheets().get(r.juror());
                    String criterion = s.criteria().get(r.criterion()).code();
                    int score = sheet.scores().get(criterion);
                    if (score >= s.scale().max()) {
                        return Optional.empty();
                    }
                    List<ScoreSheet> raised = new ArrayList<>(r.sheets());
                    raised.set(r.juror(), sheet.withScore(criterion, score + 1));
                    Optional<ProjectDecision> before = decider.decide(s, PROJECT, r.sheets());
                    Optional<ProjectDecision> after = decider.decide(s, PROJECT, raised);
                    if (before.isEmpty() || after.isEmpty()) {
                        return Optional.of("valid full sheets were refused");
                    }
                    int b = bandIndex(s, before.get().band());
                    int a = bandIndex(s, after.get().band());
                    if (a < b) {
                        return Optional.of("raising " + sheet.jurorId() + "'s " + criterion + " to " + (score + 1)
                                + " moved the band from " + before.get().band().code() + " down to "
                                + after.get().band().code());
                    }
                    return before.get().passed() && !after.get().passed()
                            ? Optional.of("raising " + sheet.jurorId() + "'s " + criterion + " to " + (score + 1)
                                    + " turned a pass (" + before.get().total() + ") into a fail ("
                                    + after.get().total() + ")")
                            : Optional.empty();
                });
    }

    /** DEF-09: after recusals the prorated total stays within the scale's range. */
    public ConsistencyProperty<List<ScoreSheet>> prorationKeepsTotalsInRange() {
        return new ConsistencyProperty<>("prorationKeepsTotalsInRange", List.of("DEF-05", "DEF-09"),
                "proration after a recusal keeps totals within the range of totals",
                m -> SaruarArbitraries.sheetsFromAQuorum(m.scoring(), PROJECT),
                (m, sheets) -> {
                    ScoringScheme s = m.scoring();
                    Optional<ProjectDecision> d = decider.decide(s, PROJECT, sheets);
                    if (d.isEmpty()) {
                        return Optional.of(sheets.size() + " sheets (quorum " + s.quorum() + ") were refused");
                    }
                    int t = d.get().total();
                    return t >= s.minTotal() && t <= s.maxTotal() ? Optional.empty()
                            : Optional.of(sheets.size() + " of " + s.jurySize() + " sheets prorated to " + t
                                    + ", outside [" + s.minTotal() + ", " + s.maxTotal() + "]");
                });
    }

    /** PRE-01, PRE-02, ACC-01, ACC-02, ACC-04: the program's sessions fit its working days and its curriculum. */
    public ConsistencyProperty<LocalDate> theProgramFitsItsWorkingDays() {
        return new ConsistencyProperty<>("theProgramFitsItsWorkingDays",
                List.of("PRE-01", "PRE-02", "ACC-01", "ACC-02", "ACC-04"),
                "the pre-acceleration's kickoff sessions and the acceleration's modules fit the working days",
                m -> SaruarArbitraries.programStarts(calendar),
                (m, start) -> program(m, start).map(p -> {
                    List<ProgramSession> all = p.sessions();
                    for (int i = 0; i < all.size(); i++) {
                        ProgramSession s = all.get(i);
                        if (!calendar.isWorkingDay(s.start().toLocalDate())) {
                            return Optional.of("session " + s.id() + " falls on " + s.start().toLocalDate()
                                    + ", not a working day");
                        }
                        if (i > 0 && s.start().isBefore(all.get(i - 1).end())) {
                            return Optional.of("session " + s.id() + " starts before " + all.get(i - 1).id() + " ends");
                        }
                    }
                    int kickoffs = p.sessions(SessionKind.KICKOFF).size();
                    int modules = p.sessions(SessionKind.MODULE).size();
                    if (kickoffs != m.preAcceleration().kickoffSessions().size()) {
                        return Optional.of(kickoffs + " kickoff sessions placed of "
                                + m.preAcceleration().kickoffSessions().size());
                    }
                    return modules == m.acceleration().modules().size() ? Optional.<String>empty()
                            : Optional.of(modules + " modules placed of " + m.acceleration().modules().size());
                }).orElseGet(() -> unplaceable(m, start)));
    }

    /** APP-09..11, DEF-11: every deadline of the program falls on a day inside it. */
    public ConsistencyProperty<LocalDate> deadlinesFallInsideTheProgram() {
        return new ConsistencyProperty<>("deadlinesFallInsideTheProgram",
                List.of("APP-09", "APP-10", "APP-11", "DEF-11"),
                "the deadlines of the program can all be met inside its calendar",
                m -> SaruarArbitraries.programStarts(calendar),
                (m, start) -> program(m, start).map(p -> {
                    LocalDate end = p.sessions().stream().map(s -> s.end().toLocalDate()).max(LocalDate::compareTo)
                            .orElse(start);
                    return p.deadlines().stream().filter(d -> d.due().isBefore(start) || d.due().isAfter(end))
                            .findFirst().map(d -> d.rule() + " " + d.code() + " is due " + d.due()
                                    + ", outside the program " + start + " – " + end);
                }).orElseGet(() -> unplaceable(m, start)));
    }

    /** APP-12: from APPLIED every state is reachable and every state that is not an end leads on. */
    public ConsistencyProperty<ProjectState> everyStateIsReachableAndNoneIsADeadEnd() {
        return new ConsistencyProperty<>("everyStateIsReachableAndNoneIsADeadEnd", List.of("APP-12"),
                "from APPLIED every lifecycle state is reachable, and no state but an end is a dead end",
                m -> Arbitraries.of(ProjectState.class),
                (m, state) -> {
                    if (!reachable(ProjectState.APPLIED).contains(state)) {
                        return Optional.of(state + " cannot be reached from APPLIED");
                    }
                    if (state.isEnd()) {
                        return Optional.empty();
                    }
                    Set<ProjectState> next = EnumSet.copyOf(reachable(state));
                    next.remove(state);
                    boolean terminal = successors.apply(state).equals(EnumSet.of(state));
                    return next.isEmpty() && !terminal ? Optional.of(state + " is a dead end: no command leads on")
                            : Optional.empty();
                });
    }

    /** An amount to issue and the price of the offer that is to cover it (LFT-04). */
    public record Coverage(long amount, long price) {
    }

    /** LFT-03, LFT-04: for any amount, some market covers issuing it, and one point more than coverage is refused. */
    public ConsistencyProperty<Coverage> coverageCanBeMet() {
        return new ConsistencyProperty<>("coverageCanBeMet", List.of("LFT-01", "LFT-03", "LFT-04"),
                "some market of offers covers any issue, and an issue beyond the coverage is refused",
                m -> Combinators.combine(Arbitraries.longs().between(1, 1_000_000), Arbitraries.longs().between(1, 5_000))
                        .as(Coverage::new),
                (m, c) -> {
                    LedgerPolicy policy = LedgerPolicy.from(m.ledger());
                    try (Ledger ledger = ledgers.apply(policy)) {
                        LedgerArbitraries.openMarket(policy).forEach(ledger::submit);
                        BigDecimal perUnit = policy.coverageRatio().multiply(BigDecimal.valueOf(c.price()));
                        long units = BigDecimal.valueOf(c.amount()).divide(perUnit, 0, RoundingMode.CEILING).longValueExact();
                        Outcome<JournalRecord> listed = ledger.submit(new LedgerCommand.ListOffer(IdempotencyKey.of("cover"),
                                LedgerArbitraries.OWNER, OfferId.of("cover"), LedgerArbitraries.BUSINESS, c.price(),
                                Math.max(1, units), Optional.empty()));
                        if (listed.refused()) {
                            return Optional.of("an offer of " + units + " × " + c.price() + " was refused: "
                                    + listed.reasons().get(0));
                        }
                        Outcome<JournalRecord> issued = ledger.submit(new LedgerCommand.Issue(IdempotencyKey.of("issue"),
                                policy.platform(), LedgerArbitraries.PROJECTS[0], c.amount()));
                        if (issued.refused()) {
                            return Optional.of("issuing " + c.amount() + " under a market covering it was refused: "
                                    + issued.reasons().get(0));
                        }
                        long beyond = ledger.coverage().headroom() + 1;
                        Outcome<JournalRecord> over = ledger.submit(new LedgerCommand.Issue(IdempotencyKey.of("over"),
                                policy.platform(), LedgerArbitraries.PROJECTS[0], beyond));
                        return over.reasons().stream().anyMatch(r -> r.cites(Rules.LFT_04)) ? Optional.empty()
                                : Optional.of("issuing " + beyond + " beyond the coverage was not refused under LFT-04");
                    }
                });
    }

    /** LFT-04: whatever the market does, the points in circulation never exceed the coverage. */
    public ConsistencyProperty<List<LedgerCommand>> circulationNeverExceedsCoverage() {
        return new ConsistencyProperty<>("circulationNeverExceedsCoverage", List.of("LFT-01", "LFT-02", "LFT-03", "LFT-04"),
                "after any sequence of market commands the points in circulation stay within the coverage",
                m -> LedgerArbitraries.activity(m, 40),
                (m, commands) -> {
                    LedgerPolicy policy = LedgerPolicy.from(m.ledger());
                    try (Ledger ledger = ledgers.apply(policy)) {
                        LedgerArbitraries.openMarket(policy).forEach(ledger::submit);
                        for (LedgerCommand c : commands) {
                            Outcome<JournalRecord> o = ledger.submit(c);
                            CoverageReport r = ledger.coverage();
                            if (r.coverageRatio().compareTo(policy.coverageRatio()) != 0) {
                                return Optional.of("the ledger covers at the ratio " + r.coverageRatio()
                                        + ", the methodology sets " + policy.coverageRatio());
                            }
                            if (o.accepted() && c instanceof LedgerCommand.Issue && r.circulation() > r.capacity()) {
                                return Optional.of("after " + c.key().value() + " the circulation " + r.circulation()
                                        + " exceeds the coverage " + r.capacity());
                            }
                        }
                        return Optional.empty();
                    }
                });
    }

    /** APP-02, APP-04, APP-05: each numeric eligibility boundary lets through exactly what the methodology says. */
    public ConsistencyProperty<ApplicationArbitraries.BoundaryCase> eligibilityFollowsItsBoundaries() {
        return new ConsistencyProperty<>("eligibilityFollowsItsBoundaries", List.of("APP-02", "APP-04", "APP-05"),
                "an application at a numeric boundary passes or fails as the methodology's figure says",
                m -> ApplicationArbitraries.nearBoundaries(m, LEDGER_CLOCK),
                (m, c) -> {
                    var verdict = eligibility.apply(c.application(), m);
                    if (!verdict.covers(c.rule())) {
                        return Optional.of(c.rule() + " was not checked");
                    }
                    boolean failed = verdict.statusOf(c.rule()) == CheckStatus.FAILED;
                    return failed == !c.shouldPass() ? Optional.empty()
                            : Optional.of(c + " but the verdict was " + verdict.statusOf(c.rule()));
                });
    }

    /** PRE-05, PRE-06: a plan of consultations breaks no rule, and every request is placed or says why not. */
    public ConsistencyProperty<PlanningProblem> aConsultationPlanBreaksNoRule() {
        return new ConsistencyProperty<>("aConsultationPlanBreaksNoRule", List.of("PRE-05", "PRE-06"),
                "a consultation plan keeps the availability, hours and limits, and accounts for every request",
                m -> SchedulingArbitraries.consultationProblems(m),
                (m, problem) -> {
                    ConsultationPlan plan = planner.apply(problem);
                    List<String> violations = new PlanChecker(calendar).violations(problem, plan);
                    if (!violations.isEmpty()) {
                        return Optional.of("the plan breaks a rule: " + violations.get(0));
                    }
                    int accounted = plan.placed().size() + plan.unplaced().size();
                    return accounted == problem.requests().size() ? Optional.empty()
                            : Optional.of(accounted + " requests placed or refused of " + problem.requests().size());
                });
    }

    private Set<ProjectState> reachable(ProjectState from) {
        Set<ProjectState> seen = EnumSet.of(from);
        Deque<ProjectState> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            for (ProjectState n : successors.apply(todo.pop())) {
                if (seen.add(n)) {
                    todo.push(n);
                }
            }
        }
        return seen;
    }

    private Optional<ProgramCalendar> program(Methodology m, LocalDate start) {
        return programs.apply(m, start);
    }

    private Optional<String> unplaceable(Methodology m, LocalDate start) {
        var o = new ProgramCalendarGenerator(m, calendar, ProgramSettings.standard()).generate("kit", start);
        // A program that runs past the calendar's data is refused by the calendar, not by the rules.
        boolean onlyMissingData = o.reasons().stream().allMatch(r -> r.code().equals(SchedulingReason.NO_HOLIDAY_DATA.code()));
        return onlyMissingData ? Optional.empty()
                : Optional.of("a program starting " + start + " cannot be placed: " + o.reasons().get(0).describe(
                        kz.saruar.model.Language.EN));
    }

    private static int bandIndex(ScoringScheme s, Band band) {
        for (int i = 0; i < s.bands().size(); i++) {
            if (s.bands().get(i).code().equals(band.code())) {
                return i;
            }
        }
        throw new IllegalStateException("band " + band.code() + " is not among the scheme's");
    }

    /** A full jury's sheets whose scores add up to {@code total}, filled criterion by criterion. */
    static List<ScoreSheet> sheetsWithTotal(ScoringScheme s, int total) {
        int cells = s.jurySize() * s.criteria().size();
        int extra = total - cells * s.scale().min();
        int width = s.scale().max() - s.scale().min();
        List<Integer> scores = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            int add = Math.min(width, Math.max(0, extra));
            scores.add(s.scale().min() + add);
            extra -= add;
        }
        return SaruarArbitraries.sheetsOf(s, PROJECT, s.jurySize(), scores);
    }
}

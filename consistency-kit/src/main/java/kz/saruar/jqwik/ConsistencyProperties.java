package kz.saruar.jqwik;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.Rules;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.EligibilityChecks;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
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
        /** Copies the sheets. */
        public Raise {
            sheets = List.copyOf(sheets);
        }
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
                say("әр деңгейге және әр жиынтықтың өту шешіміне қандай да бір бағалау парақтарымен жетуге болады",
                        "каждый уровень и решение о прохождении для каждой суммы достижимы при некотором наборе оценочных листов",
                        "every band, and the pass decision of each total, is reachable from some set of score sheets"),
                m -> Combinators.combine(Arbitraries.integers().between(0, m.scoring().bands().size() - 1),
                        Arbitraries.integers().between(0, 100)).as(BandTarget::new),
                CaseTexts::bandTarget,
                (m, t) -> {
                    ScoringScheme s = m.scoring();
                    Band band = s.bands().get(t.band());
                    int from = Math.max(band.from(), s.minTotal());
                    int to = Math.min(band.to(), s.maxTotal());
                    if (from > to) {
                        return Optional.of(say("{0} деңгейі [{1}, {2}] [{3}, {4}] жиынтықтарынан тыс жатыр", "уровень {0} [{1}, {2}] лежит вне сумм [{3}, {4}]",
                                "band {0} [{1}, {2}] lies outside the totals [{3}, {4}]", band.code(), band.from(), band.to(), s.minTotal(), s.maxTotal()));
                    }
                    int total = from + (to - from) * t.percent() / 100;
                    Optional<ProjectDecision> d = decider.decide(s, PROJECT, sheetsWithTotal(s, total));
                    if (d.isEmpty()) {
                        return Optional.of(say("жиынтығы {0} толық парақтар қабылданбады", "полные листы с суммой {0} отклонены",
                                "full sheets totalling {0} were refused", total));
                    }
                    if (!d.get().band().code().equals(band.code()) || d.get().total() != total) {
                        return Optional.of(say("жиынтығы {0} парақтар {2} деңгейінде {1} берді, {3} емес", "листы с суммой {0} дали {1} в уровне {2}, а не {3}",
                                "sheets totalling {0} gave {1} in band {2}, not {3}", total, d.get().total(), d.get().band().code(), band.code()));
                    }
                    return d.get().passed() == s.passes(total) ? Optional.empty()
                            : Optional.of(d.get().passed()
                                    ? say("{0} жиынтығы {1} шегімен өтті деп шешілді", "сумма {0} решена как проходящая при пороге {1}",
                                            "total {0} decided as passing against the threshold {1}", total, s.passThreshold())
                                    : say("{0} жиынтығы {1} шегімен өтпеді деп шешілді", "сумма {0} решена как непроходящая при пороге {1}",
                                            "total {0} decided as failing against the threshold {1}", total, s.passThreshold()));
                });
    }

    /** DEF-06: the pass decision can go both ways; a threshold at the lowest total passes everyone. */
    public ConsistencyProperty<Boolean> passAndFailAreBothReachable() {
        return new ConsistencyProperty<>("passAndFailAreBothReachable", List.of("DEF-05", "DEF-06"),
                say("қандай да бір жиынтық өтеді, ал қандай да бірі өтпейді",
                        "какая-то сумма проходит, а какая-то не проходит",
                        "some total passes and some total fails"),
                m -> Arbitraries.of(true, false),
                (m, pass) -> CaseTexts.passOrFail(pass),
                (m, pass) -> {
                    ScoringScheme s = m.scoring();
                    int total = pass ? s.maxTotal() : s.minTotal();
                    Optional<ProjectDecision> d = decider.decide(s, PROJECT, sheetsWithTotal(s, total));
                    if (d.isEmpty()) {
                        return Optional.of(say("жиынтығы {0} толық парақтар қабылданбады", "полные листы с суммой {0} отклонены",
                                "full sheets totalling {0} were refused", total));
                    }
                    return d.get().passed() == pass ? Optional.empty()
                            : Optional.of(pass
                                    ? say("{1} шегімен тіпті ең жоғары {0} жиынтығы өтпейді", "даже наибольшая сумма {0} не проходит при пороге {1}",
                                            "even the highest total {0} fails with the threshold {1}", total, s.passThreshold())
                                    : say("{1} шегімен тіпті ең төменгі {0} жиынтығы өтеді", "даже наименьшая сумма {0} проходит при пороге {1}",
                                            "even the lowest total {0} passes with the threshold {1}", total, s.passThreshold()));
                });
    }

    /** DEF-06, DEF-07: a total that passes never lies in the lowest band. */
    public ConsistencyProperty<List<ScoreSheet>> aPassNeverLiesInTheLowestBand() {
        return new ConsistencyProperty<>("aPassNeverLiesInTheLowestBand", List.of("DEF-06", "DEF-07", "DEF-08"),
                say("өткен жиынтық ешқашан ең төменгі деңгейде болмайды",
                        "проходящая сумма никогда не попадает в низший уровень",
                        "a total that passes never lies in the lowest band"),
                m -> SaruarArbitraries.fullSheets(m.scoring(), PROJECT),
                CaseTexts::sheets,
                (m, sheets) -> decider.decide(m.scoring(), PROJECT, sheets)
                        .filter(d -> d.passed() && d.band().code().equals(m.scoring().bands().get(0).code()))
                        .map(d -> say("{0} жиынтығы өтеді ({1} шегі), бірақ ең төменгі {2} деңгейінде жатыр", "сумма {0} проходит (порог {1}), но лежит в низшем уровне {2}",
                                "total {0} passes (threshold {1}) but lies in the lowest band {2}", d.total(), m.scoring().passThreshold(), d.band().code())));
    }

    /** DEF-04..08: raising one score never lowers the band or turns a pass into a fail. */
    public ConsistencyProperty<Raise> raisingAScoreNeverLowersTheOutcome() {
        return new ConsistencyProperty<>("raisingAScoreNeverLowersTheOutcome",
                List.of("DEF-04", "DEF-05", "DEF-06", "DEF-07", "DEF-08"),
                say("бір бағаны көтеру деңгейді ешқашан төмендетпейді және өтуді өтпеуге айналдырмайды",
                        "повышение одной оценки никогда не понижает уровень и не превращает прохождение в непрохождение",
                        "raising one score never lowers the band or turns a pass into a fail"),
                m -> Combinators.combine(SaruarArbitraries.fullSheets(m.scoring(), PROJECT),
                        Arbitraries.integers().between(0, m.scoring().jurySize() - 1),
                        Arbitraries.integers().between(0, m.scoring().criteria().size() - 1)).as(Raise::new),
                CaseTexts::raise,
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
                        return Optional.of(say("жарамды толық парақтар қабылданбады", "корректные полные листы отклонены",
                                "valid full sheets were refused"));
                    }
                    int b = bandIndex(s, before.get().band());
                    int a = bandIndex(s, after.get().band());
                    if (a < b) {
                        return Optional.of(say("{0} қазының {1} бағасын {2}-ге көтеру деңгейді {3}-тен {4}-ке төмендетті", "повышение оценки {1} у {0} до {2} понизило уровень с {3} до {4}",
                                "raising {0}'s {1} to {2} moved the band from {3} down to {4}", sheet.jurorId(), criterion, score + 1, before.get().band().code(), after.get().band().code()));
                    }
                    return before.get().passed() && !after.get().passed()
                            ? Optional.of(say("{0} қазының {1} бағасын {2}-ге көтеру өтуді ({3}) өтпеуге ({4}) айналдырды", "повышение оценки {1} у {0} до {2} превратило прохождение ({3}) в непрохождение ({4})",
                                "raising {0}'s {1} to {2} turned a pass ({3}) into a fail ({4})", sheet.jurorId(), criterion, score + 1, before.get().total(), after.get().total()))
                            : Optional.empty();
                });
    }

    /** DEF-09: after recusals the prorated total stays within the scale's range. */
    public ConsistencyProperty<List<ScoreSheet>> prorationKeepsTotalsInRange() {
        return new ConsistencyProperty<>("prorationKeepsTotalsInRange", List.of("DEF-05", "DEF-09"),
                say("қазы бас тартқаннан кейінгі пропорционалды есептеу жиынтықты жиынтықтар ауқымында сақтайды",
                        "пропорциональный пересчёт после самоотвода сохраняет сумму в диапазоне сумм",
                        "proration after a recusal keeps totals within the range of totals"),
                m -> SaruarArbitraries.sheetsFromAQuorum(m.scoring(), PROJECT),
                CaseTexts::sheets,
                (m, sheets) -> {
                    ScoringScheme s = m.scoring();
                    Optional<ProjectDecision> d = decider.decide(s, PROJECT, sheets);
                    if (d.isEmpty()) {
                        return Optional.of(say("{0} парақ (кворум {1}) қабылданбады", "{0} листов (кворум {1}) отклонены",
                                "{0} sheets (quorum {1}) were refused", sheets.size(), s.quorum()));
                    }
                    int t = d.get().total();
                    return t >= s.minTotal() && t <= s.maxTotal() ? Optional.empty()
                            : Optional.of(say("{1} парақтың {0}-і {2}-ге дейін пропорционалды есептелді, [{3}, {4}] ауқымынан тыс", "{0} из {1} листов пересчитаны в {2}, вне [{3}, {4}]",
                                "{0} of {1} sheets prorated to {2}, outside [{3}, {4}]", sheets.size(), s.jurySize(), t, s.minTotal(), s.maxTotal()));
                });
    }

    /** PRE-01, PRE-02, ACC-01, ACC-02, ACC-04: the program's sessions fit its working days and its curriculum. */
    public ConsistencyProperty<LocalDate> theProgramFitsItsWorkingDays() {
        return new ConsistencyProperty<>("theProgramFitsItsWorkingDays",
                List.of("PRE-01", "PRE-02", "ACC-01", "ACC-02", "ACC-04"),
                say("преакселерацияның бастапқы сессиялары мен акселерация модульдері жұмыс күндеріне сыяды",
                        "стартовые сессии преакселерации и модули акселерации умещаются в рабочие дни",
                        "the pre-acceleration's kickoff sessions and the acceleration's modules fit the working days"),
                m -> SaruarArbitraries.programStarts(calendar),
                (m, start) -> CaseTexts.programStart(start),
                (m, start) -> program(m, start).map(p -> {
                    List<ProgramSession> all = p.sessions();
                    for (int i = 0; i < all.size(); i++) {
                        ProgramSession s = all.get(i);
                        if (!calendar.isWorkingDay(s.start().toLocalDate())) {
                            return Optional.of(say("{0} сессиясы {1} күніне түседі, ол жұмыс күні емес", "сессия {0} приходится на {1}, это не рабочий день",
                                "session {0} falls on {1}, not a working day", s.id(), s.start().toLocalDate()));
                        }
                        if (i > 0 && s.start().isBefore(all.get(i - 1).end())) {
                            return Optional.of(say("{0} сессиясы {1} аяқталмай тұрып басталады", "сессия {0} начинается раньше, чем заканчивается {1}",
                                "session {0} starts before {1} ends", s.id(), all.get(i - 1).id()));
                        }
                    }
                    int kickoffs = p.sessions(SessionKind.KICKOFF).size();
                    int modules = p.sessions(SessionKind.MODULE).size();
                    if (kickoffs != m.preAcceleration().kickoffSessions().size()) {
                        return Optional.of(say("{1} бастапқы сессияның {0}-і орналастырылды", "размещено стартовых сессий: {0} из {1}",
                                "{0} kickoff sessions placed of {1}", kickoffs, m.preAcceleration().kickoffSessions().size()));
                    }
                    return modules == m.acceleration().modules().size() ? Optional.<LocalizedText>empty()
                            : Optional.of(say("{1} модульдің {0}-і орналастырылды", "размещено модулей: {0} из {1}",
                                "{0} modules placed of {1}", modules, m.acceleration().modules().size()));
                }).orElseGet(() -> unplaceable(m, start)));
    }

    /** APP-09..11, DEF-11: every deadline of the program falls on a day inside it. */
    public ConsistencyProperty<LocalDate> deadlinesFallInsideTheProgram() {
        return new ConsistencyProperty<>("deadlinesFallInsideTheProgram",
                List.of("APP-09", "APP-10", "APP-11", "DEF-11"),
                say("бағдарламаның барлық мерзімдерін оның күнтізбесі ішінде сақтауға болады",
                        "все сроки программы выполнимы в пределах её календаря",
                        "the deadlines of the program can all be met inside its calendar"),
                m -> SaruarArbitraries.programStarts(calendar),
                (m, start) -> CaseTexts.programStart(start),
                (m, start) -> program(m, start).map(p -> {
                    LocalDate end = p.sessions().stream().map(s -> s.end().toLocalDate()).max(LocalDate::compareTo)
                            .orElse(start);
                    return p.deadlines().stream().filter(d -> d.due().isBefore(start) || d.due().isAfter(end))
                            .findFirst().map(d -> say("{0} {1} мерзімі {2}, бағдарламадан ({3} – {4}) тыс", "срок {0} {1} — {2}, вне программы {3} – {4}",
                                "{0} {1} is due {2}, outside the program {3} – {4}", d.rule(), d.code(), d.due(), start, end));
                }).orElseGet(() -> unplaceable(m, start)));
    }

    /** APP-12: from APPLIED every state is reachable and every state that is not an end leads on. */
    public ConsistencyProperty<ProjectState> everyStateIsReachableAndNoneIsADeadEnd() {
        return new ConsistencyProperty<>("everyStateIsReachableAndNoneIsADeadEnd", List.of("APP-12"),
                say("APPLIED күйінен өмірлік циклдің әр күйіне жетуге болады, ал соңғысынан басқа ешбір күй тұйық емес",
                        "из APPLIED достижимо каждое состояние жизненного цикла, и ни одно состояние, кроме конечного, не тупиковое",
                        "from APPLIED every lifecycle state is reachable, and no state but an end is a dead end"),
                m -> Arbitraries.of(ProjectState.class),
                (m, state) -> CaseTexts.state(state),
                (m, state) -> {
                    if (!reachable(ProjectState.APPLIED).contains(state)) {
                        return Optional.of(say("{0} күйіне APPLIED күйінен жету мүмкін емес", "{0} недостижимо из APPLIED",
                                "{0} cannot be reached from APPLIED", state));
                    }
                    if (state.isEnd()) {
                        return Optional.empty();
                    }
                    Set<ProjectState> next = EnumSet.copyOf(reachable(state));
                    next.remove(state);
                    boolean terminal = successors.apply(state).equals(EnumSet.of(state));
                    return next.isEmpty() && !terminal ? Optional.of(say("{0} — тұйық: одан әрі ешбір команда апармайды", "{0} — тупик: ни одна команда не ведёт дальше",
                                "{0} is a dead end: no command leads on", state))
                            : Optional.empty();
                });
    }

    /** An amount to issue and the price of the offer that is to cover it (LFT-04). */
    public record Coverage(long amount, long price) {
    }

    /** LFT-03, LFT-04: for any amount, some market covers issuing it, and one point more than coverage is refused. */
    public ConsistencyProperty<Coverage> coverageCanBeMet() {
        return new ConsistencyProperty<>("coverageCanBeMet", List.of("LFT-01", "LFT-03", "LFT-04"),
                say("ұсыныстардың қандай да бір нарығы кез келген шығаруды қамтиды, ал қамтудан тыс шығару қабылданбайды",
                        "некоторый рынок предложений покрывает любой выпуск, а выпуск сверх покрытия отклоняется",
                        "some market of offers covers any issue, and an issue beyond the coverage is refused"),
                m -> Combinators.combine(Arbitraries.longs().between(1, 1_000_000), Arbitraries.longs().between(1, 5_000))
                        .as(Coverage::new),
                (m, c) -> CaseTexts.coverage(c),
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
                            return Optional.of(say("{0} × {1} ұсынысы қабылданбады: {2}", "предложение {0} × {1} отклонено: {2}",
                                "an offer of {0} × {1} was refused: {2}", units, c.price(), listed.reasons().get(0)));
                        }
                        Outcome<JournalRecord> issued = ledger.submit(new LedgerCommand.Issue(IdempotencyKey.of("issue"),
                                policy.platform(), LedgerArbitraries.PROJECTS[0], c.amount()));
                        if (issued.refused()) {
                            return Optional.of(say("оны қамтитын нарықта {0} шығару қабылданбады: {1}", "выпуск {0} при покрывающем его рынке отклонён: {1}",
                                "issuing {0} under a market covering it was refused: {1}", c.amount(), issued.reasons().get(0)));
                        }
                        long beyond = ledger.coverage().headroom() + 1;
                        Outcome<JournalRecord> over = ledger.submit(new LedgerCommand.Issue(IdempotencyKey.of("over"),
                                policy.platform(), LedgerArbitraries.PROJECTS[0], beyond));
                        return over.reasons().stream().anyMatch(r -> r.cites(Rules.LFT_04)) ? Optional.empty()
                                : Optional.of(say("қамтудан тыс {0} шығару LFT-04 бойынша қабылданбай қалмады", "выпуск {0} сверх покрытия не отклонён по LFT-04",
                                "issuing {0} beyond the coverage was not refused under LFT-04", beyond));
                    }
                });
    }

    /** LFT-04: whatever the market does, the points in circulation never exceed the coverage. */
    public ConsistencyProperty<List<LedgerCommand>> circulationNeverExceedsCoverage() {
        return new ConsistencyProperty<>("circulationNeverExceedsCoverage", List.of("LFT-01", "LFT-02", "LFT-03", "LFT-04"),
                say("нарықтық командалардың кез келген тізбегінен кейін айналымдағы ұпайлар қамту шегінде қалады",
                        "после любой последовательности рыночных команд баллы в обращении остаются в пределах покрытия",
                        "after any sequence of market commands the points in circulation stay within the coverage"),
                m -> LedgerArbitraries.activity(m, 40),
                (m, commands) -> CaseTexts.commands(commands),
                (m, commands) -> {
                    LedgerPolicy policy = LedgerPolicy.from(m.ledger());
                    try (Ledger ledger = ledgers.apply(policy)) {
                        LedgerArbitraries.openMarket(policy).forEach(ledger::submit);
                        for (LedgerCommand c : commands) {
                            Outcome<JournalRecord> o = ledger.submit(c);
                            CoverageReport r = ledger.coverage();
                            if (r.coverageRatio().compareTo(policy.coverageRatio()) != 0) {
                                return Optional.of(say("тізілім {0} коэффициентімен қамтиды, әдістеме {1} белгілейді", "реестр покрывает с коэффициентом {0}, методология задаёт {1}",
                                "the ledger covers at the ratio {0}, the methodology sets {1}", r.coverageRatio(), policy.coverageRatio()));
                            }
                            if (o.accepted() && c instanceof LedgerCommand.Issue && r.circulation() > r.capacity()) {
                                return Optional.of(say("{0} кейін айналым {1} қамтудан {2} асады", "после {0} обращение {1} превышает покрытие {2}",
                                "after {0} the circulation {1} exceeds the coverage {2}", c.key().value(), r.circulation(), r.capacity()));
                            }
                        }
                        return Optional.empty();
                    }
                });
    }

    /** APP-02, APP-04, APP-05: each numeric eligibility boundary lets through exactly what the methodology says. */
    public ConsistencyProperty<ApplicationArbitraries.BoundaryCase> eligibilityFollowsItsBoundaries() {
        return new ConsistencyProperty<>("eligibilityFollowsItsBoundaries", List.of("APP-02", "APP-04", "APP-05"),
                say("сандық шекарадағы өтінім әдістеменің көрсеткіші айтқандай өтеді немесе өтпейді",
                        "заявка на числовой границе проходит или не проходит так, как говорит показатель методологии",
                        "an application at a numeric boundary passes or fails as the methodology's figure says"),
                m -> ApplicationArbitraries.nearBoundaries(m, LEDGER_CLOCK),
                (m, c) -> c.text(),
                (m, c) -> {
                    var verdict = eligibility.apply(c.application(), m);
                    if (!verdict.covers(c.rule())) {
                        return Optional.of(say("{0} тексерілмеді", "{0} не проверено",
                                "{0} was not checked", c.rule()));
                    }
                    boolean failed = verdict.statusOf(c.rule()) == CheckStatus.FAILED;
                    return failed == !c.shouldPass() ? Optional.empty()
                            : Optional.of(say("{0}, бірақ шешім: {1}", "{0}, но вердикт: {1}",
                                "{0} but the verdict was {1}", c.text(), verdict.statusOf(c.rule())));
                });
    }

    /** PRE-05, PRE-06: a plan of consultations breaks no rule, and every request is placed or says why not. */
    public ConsistencyProperty<PlanningProblem> aConsultationPlanBreaksNoRule() {
        return new ConsistencyProperty<>("aConsultationPlanBreaksNoRule", List.of("PRE-05", "PRE-06"),
                say("кеңестер жоспары бос уақытты, сағаттарды және шектеулерді сақтайды әрі әр сұранысты ескереді",
                        "план консультаций соблюдает доступность, часы и лимиты и учитывает каждый запрос",
                        "a consultation plan keeps the availability, hours and limits, and accounts for every request"),
                m -> SchedulingArbitraries.consultationProblems(m),
                (m, problem) -> CaseTexts.planning(problem),
                (m, problem) -> {
                    ConsultationPlan plan = planner.apply(problem);
                    List<LocalizedText> violations = new PlanChecker(calendar).violationTexts(problem, plan);
                    if (!violations.isEmpty()) {
                        return Optional.of(say("жоспар ережені бұзады: {0}", "план нарушает правило: {0}",
                                "the plan breaks a rule: {0}", violations.get(0)));
                    }
                    int accounted = plan.placed().size() + plan.unplaced().size();
                    return accounted == problem.requests().size() ? Optional.empty()
                            : Optional.of(say("{1} сұраныстың {0}-і орналастырылды немесе қабылданбады", "размещено или отклонено запросов: {0} из {1}",
                                "{0} requests placed or refused of {1}", accounted, problem.requests().size()));
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

    private Optional<LocalizedText> unplaceable(Methodology m, LocalDate start) {
        var o = new ProgramCalendarGenerator(m, calendar, ProgramSettings.standard()).generate("kit", start);
        // A program that runs past the calendar's data is refused by the calendar, not by the rules.
        boolean onlyMissingData = o.reasons().stream().allMatch(r -> r.code().equals(SchedulingReason.NO_HOLIDAY_DATA.code()));
        return onlyMissingData ? Optional.empty()
                : Optional.of(say("{0} күні басталатын бағдарламаны орналастыру мүмкін емес: {1}", "программу с началом {0} не удаётся разместить: {1}",
                                "a program starting {0} cannot be placed: {1}", start, o.reasons().get(0)));
    }

    /**
     * A violation or a promise in kk/ru/en (Saruar's own wording: Russian and Kazakh are translations
     * of the English, marked so); {@code {0}}, {@code {1}}… filled literally, a {@link LocalizedText}
     * or a {@link Reason} in each language's own words.
     */
    static LocalizedText say(String kk, String ru, String en, Object... arguments) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        texts.put(Language.KK, kk);
        texts.put(Language.RU, ru);
        texts.put(Language.EN, en);
        texts.replaceAll((language, pattern) -> {
            String filled = pattern;
            for (int i = 0; i < arguments.length; i++) {
                Object a = arguments[i];
                String value = a instanceof LocalizedText t ? t.get(language)
                        : a instanceof Reason r ? r.describe(language) : String.valueOf(a);
                filled = filled.replace("{" + i + "}", value);
            }
            return filled;
        });
        return LocalizedText.of(texts, List.of(Language.KK, Language.RU));
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

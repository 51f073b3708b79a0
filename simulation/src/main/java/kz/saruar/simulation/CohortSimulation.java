package kz.saruar.simulation;

import com.google.common.base.Preconditions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import kz.saruar.ledger.AccountId;
import kz.saruar.ledger.AccountKind;
import kz.saruar.ledger.ActorId;
import kz.saruar.ledger.CoverageReport;
import kz.saruar.ledger.IdempotencyKey;
import kz.saruar.ledger.JournalRecord;
import kz.saruar.model.decision.Outcome;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.ledger.OfferId;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.catalog.JurySeat;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.scheduling.consultation.ConsultationPlan;
import kz.saruar.scheduling.consultation.ConsultationPolicy;
import kz.saruar.scheduling.consultation.ConsultationRequest;
import kz.saruar.scheduling.consultation.ExpertAvailability;
import kz.saruar.scheduling.consultation.ExpertId;
import kz.saruar.scheduling.consultation.Initiator;
import kz.saruar.scheduling.consultation.PlannedConsultation;
import kz.saruar.scheduling.consultation.PlanningProblem;
import kz.saruar.scheduling.consultation.ProjectId;
import kz.saruar.scheduling.consultation.TimeSlot;
import kz.saruar.scheduling.program.ProgramCalendar;
import kz.saruar.scheduling.program.ProgramSession;
import kz.saruar.scheduling.program.SessionKind;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.ProjectDecision;
import kz.saruar.scoring.ScoreSheet;
import kz.saruar.scoring.ambassador.Finding;

/**
 * Runs synthetic applicants through a whole cohort on the methodology's rules (METHODOLOGY.md
 * section 11): admission (APP-01..08), pre-acceleration with its calendar, consultations and
 * expulsions (PRE), the defense jury (DEF-03..09), the application to acceleration (DEF-11,
 * DEF-12), acceleration (ACC-01), ambassadors (EXT-02) and the LIFTCOIN market (LFT-01..04).
 * The latent qualities only shape what the people do; every pass or stop is the rules' decision.
 */
public final class CohortSimulation {
    /** The intake window of the simulated cohort (APP-09), on the 2026 calendar (holiday data 2024–2027). */
    public static final LocalDate INTAKE_OPENS = LocalDate.of(2026, 1, 15);
    /** The intake window's last day (APP-09). */
    public static final LocalDate INTAKE_CLOSES = LocalDate.of(2026, 2, 28);
    /** The first day of pre-acceleration (PRE-01). */
    public static final LocalDate PRE_ACCELERATION_STARTS = LocalDate.of(2026, 3, 16);
    private static final int PROJECTS_PER_EXPERT = 3;
    private static final int PARTICIPANTS = 3;
    private static final long OFFER_PRICE = 60;
    private static final ZoneId ZONE = Kazakhstan.ZONE;

    private final CohortDriver driver;
    private final SimulationParameters parameters;
    private final SyntheticApplications applications;

    /** A simulation through this driver with these distributions. */
    public CohortSimulation(CohortDriver driver, SimulationParameters parameters) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.applications = new SyntheticApplications(driver.methodology(), parameters);
    }

    /** The applicants of a seed for this methodology's open directions (APP-03, APP-09). */
    public static List<Applicant> applicants(Methodology methodology, SimulationParameters parameters, long seed, int count) {
        List<String> open = methodology.openDirections().stream().map(d -> d.code()).toList();
        return new ApplicantGenerator(parameters).generate(seed, count, open, INTAKE_OPENS, INTAKE_CLOSES);
    }

    /** One cohort of these applicants; {@code seed} draws the jurors and the market. */
    public CohortRun run(List<Applicant> applicants, long seed) {
        return run(applicants, seed, true);
    }

    /**
     * One cohort; {@code detailed} false leaves out what does not change the funnel (the
     * consultation plan and the LIFTCOIN market), for many runs of the same intake.
     */
    public CohortRun run(List<Applicant> applicants, long seed, boolean detailed) {
        Objects.requireNonNull(applicants, "applicants");
        Preconditions.checkArgument(!applicants.isEmpty(), "no applicants");
        Methodology m = driver.methodology();
        int n = applicants.size();
        int[] reached = new int[n];
        String[] stopped = new String[n];
        ProjectApplication[] apps = new ProjectApplication[n];

        // 1 → 2: the competition and admission to pre-acceleration (APP-01..08).
        for (int i = 0; i < n; i++) {
            apps[i] = applications.application(applicants.get(i));
            Gate g = driver.admit(apps[i]);
            if (g.passed()) {
                reached[i] = 1;
            } else {
                stopped[i] = g.decidingRule().orElseThrow();
            }
        }
        // 2 → 3: pre-acceleration; the expert group expels a team with a motivated decision (PRE-09).
        List<Integer> admitted = indices(reached, 1);
        for (int i : admitted) {
            Applicant a = applicants.get(i);
            if (a.capacity() + a.normal(Applicant.Phase.EXPULSION, 0) < parameters.expulsionCut()) {
                stopped[i] = "PRE-09";
            } else {
                reached[i] = 2;
            }
        }
        Optional<ProgramCalendar> calendar = driver.calendar("SIM-" + seed, PRE_ACCELERATION_STARTS);
        LocalDate defenseDay = calendar.flatMap(c -> c.sessions(SessionKind.DEFENSE).stream().findFirst())
                .map(s -> s.start().toLocalDate()).orElse(PRE_ACCELERATION_STARTS.plusMonths(m.preAcceleration().durationMonths()));
        ConsultationPlan plan = detailed ? consultations(applicants, admitted) : new ConsultationPlan(List.of(), List.of());

        // 3 → 4: the defense (DEF-03..09), the application (DEF-11), admission (DEF-12), acceleration (ACC-01).
        List<Integer> defended = indices(reached, 2);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(applicants.get(i).id(), i);
        }
        List<JurorProfile> pool = jurors(m.scoring(), seed);
        List<CohortRun.Score> scores = new ArrayList<>();
        int[] totals = new int[n];
        OptionalDouble agreement = OptionalDouble.empty();
        Map<String, List<Double>> severity = new LinkedHashMap<>();
        int group = parameters.defenseGroupSize();
        for (int from = 0; from < defended.size(); from += group) {
            List<Integer> slice = defended.subList(from, Math.min(defended.size(), from + group));
            DefenseRound round = defend(m.scoring(), pool, applicants, slice, defenseDay);
            if (from == 0) {
                agreement = round.statistics().agreement();
            }
            round.statistics().severities().forEach(s ->
                    severity.computeIfAbsent(s.jurorId(), k -> new ArrayList<>()).add(s.meanDeviation()));
            for (ProjectDecision d : round.decisions()) {
                int i = index.get(d.projectId());
                totals[i] = d.total();
                scores.add(new CohortRun.Score(d.projectId(), applicants.get(i).direction(), d.total(), d.band().code(),
                        d.passed()));
                if (!d.passed()) {
                    stopped[i] = "DEF-06";
                    continue;
                }
                Applicant a = applicants.get(i);
                if (a.uniform(Applicant.Phase.APPLY, 0) >= parameters.applyShare()) {
                    stopped[i] = "DEF-11";
                    continue;
                }
                Gate g = driver.admitToAcceleration(applications.afterPreAcceleration(apps[i], a));
                if (!g.passed()) {
                    stopped[i] = g.decidingRule().orElseThrow();
                    continue;
                }
                if (a.capacity() + a.normal(Applicant.Phase.ACCELERATION, 0) < parameters.accelerationDropCut()) {
                    stopped[i] = "ACC-01";
                    continue;
                }
                reached[i] = 3;
            }
        }
        // 4 → 5: brand ambassadors (EXT-02).
        List<CatalogEntry> criteria = m.exit().ambassadorCriteria();
        LocalDate exitDay = defenseDay.plusMonths(m.acceleration().durationMonths() + 1L);
        for (int i : indices(reached, 3)) {
            Applicant a = applicants.get(i);
            List<Finding> findings = new ArrayList<>();
            for (int k = 0; k < criteria.size(); k++) {
                boolean met = a.quality() + 0.5 * a.capacity() + 0.35 * a.normal(Applicant.Phase.AMBASSADOR, k)
                        > parameters.ambassadorCut();
                String code = criteria.get(k).code();
                findings.add(met ? Finding.met(code, "assessed by the expert group")
                        : Finding.notMet(code, "not yet shown"));
            }
            Gate g = driver.ambassador(a.id(), "E01", exitDay, findings);
            if (g.passed()) {
                reached[i] = 4;
            } else {
                stopped[i] = "EXT-02";
            }
        }
        List<CohortRun.Stage> funnel = funnel(reached, stopped);
        List<CohortRun.Trace> traces = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            traces.add(new CohortRun.Trace(applicants.get(i).id(), applicants.get(i).direction(), reached[i],
                    Optional.ofNullable(stopped[i]), reached[i] >= 2 ? OptionalInt.of(totals[i]) : OptionalInt.empty()));
        }
        List<CohortRun.JurorSeverity> jurors = new ArrayList<>();
        for (JurorProfile j : pool) {
            List<Double> s = severity.get(j.id());
            if (s != null) {
                jurors.add(new CohortRun.JurorSeverity(j.id(), j.role(), s.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
            }
        }
        Map<String, Integer> load = new TreeMap<>();
        for (PlannedConsultation p : plan.placed()) {
            load.merge(p.request().expert().value(), 1, Integer::sum);
        }
        ScoringScheme scheme = m.scoring();
        List<CohortRun.BandRange> bands = scheme.bands().stream()
                .map(b -> new CohortRun.BandRange(b.code(), b.name(), b.from(), b.to())).toList();
        List<CohortRun.MarketWeek> market = detailed ? market(applicants, reached, stopped, seed) : List.of();
        return new CohortRun(m.id(), seed, funnel, traces, scores, scheme.passThreshold(), scheme.minTotal(),
                scheme.maxTotal(), scheme.jurySize(), bands, agreement, jurors, bars(calendar, defenseDay), load,
                plan.unplaced().size(), market);
    }

    private static List<Integer> indices(int[] reached, int stage) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < reached.length; i++) {
            if (reached[i] >= stage) {
                out.add(i);
            }
        }
        return out;
    }

    private List<CohortRun.Stage> funnel(int[] reached, String[] stopped) {
        List<CohortRun.Stage> out = new ArrayList<>();
        for (int s = 0; s < STAGES.size(); s++) {
            StageDef d = STAGES.get(s);
            int count = 0;
            Map<String, Integer> by = new TreeMap<>();
            for (int i = 0; i < reached.length; i++) {
                if (reached[i] >= s) {
                    count++;
                } else if (reached[i] == s - 1) {
                    by.merge(stopped[i], 1, Integer::sum);
                }
            }
            out.add(new CohortRun.Stage(d.code, d.name, count, d.rules, by));
        }
        return out;
    }

    private record StageDef(String code, LocalizedText name, List<String> rules) {
    }

    /** The five stages of section 11 and the rules that decide each. */
    static final List<StageDef> STAGES = List.of(
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

    private record JurorProfile(String id, String role, double severity) {
    }

    private List<JurorProfile> jurors(ScoringScheme scheme, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<JurorProfile> out = new ArrayList<>();
        for (JurySeat seat : scheme.jury().seats()) {
            for (int k = 0; k < seat.count(); k++) {
                out.add(new JurorProfile(String.format("J%02d", out.size() + 1), seat.role(),
                        parameters.jurorSeverity() * random.nextGaussian()));
            }
        }
        return out;
    }

    private DefenseRound defend(ScoringScheme scheme, List<JurorProfile> pool, List<Applicant> applicants,
            List<Integer> slice, LocalDate day) {
        List<Juror> jurors = pool.stream().map(j -> Juror.of(j.id(), j.role())).toList();
        List<Project> projects = new ArrayList<>();
        List<ScoreSheet> sheets = new ArrayList<>();
        List<Criterion> criteria = scheme.criteria();
        int min = scheme.scale().min();
        int max = scheme.scale().max();
        double mid = (min + max) / 2.0;
        double half = (max - min) / 2.0;
        for (int i : slice) {
            Applicant a = applicants.get(i);
            Instant applied = a.submittedOn().atTime(LocalTime.NOON).atZone(ZONE).toInstant();
            projects.add(Project.of(a.id(), "Project " + a.id(), applied));
            for (int j = 0; j < pool.size(); j++) {
                Map<String, Integer> scores = new LinkedHashMap<>();
                for (int c = 0; c < criteria.size(); c++) {
                    double merit = merit(criteria.get(c).code(), a);
                    double x = parameters.meritScale() * (merit - parameters.meritCenter()) + pool.get(j).severity()
                            + parameters.jurorNoise() * a.normal(Applicant.Phase.JURY, j * 64 + c);
                    int score = (int) Math.round(mid + x * half);
                    scores.put(criteria.get(c).code(), Math.max(min, Math.min(max, score)));
                }
                sheets.add(ScoreSheet.of(pool.get(j).id(), a.id(), scores));
            }
        }
        return driver.defend(Panel.of(jurors), projects, sheets, day);
    }

    /** DEF-04: which latent quality a criterion sees. */
    private static double merit(String criterion, Applicant a) {
        return switch (criterion) {
            case "SOCIAL_EFFECT", "PROGRAM_ALIGNMENT" -> a.quality();
            case "TEAM_CAPABILITY", "EXPERT_RATING" -> a.capacity();
            default -> (a.quality() + a.capacity()) / 2;
        };
    }

    private ConsultationPlan consultations(List<Applicant> applicants, List<Integer> admitted) {
        Methodology m = driver.methodology();
        int experts = Math.max(parameters.experts(), (admitted.size() + PROJECTS_PER_EXPERT - 1) / PROJECTS_PER_EXPERT);
        LocalDate from = PRE_ACCELERATION_STARTS.plusWeeks(1);
        LocalDate to = PRE_ACCELERATION_STARTS.plusMonths(m.preAcceleration().durationMonths()).minusWeeks(1);
        List<ExpertAvailability> availability = new ArrayList<>();
        for (int e = 0; e < experts; e++) {
            List<TimeSlot> windows = new ArrayList<>();
            // Each expert keeps two mornings a week for consultations, on alternating weekdays.
            for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
                int dow = d.getDayOfWeek().getValue();
                if (dow == 1 + e % 3 || dow == 3 + e % 3) {
                    Instant start = d.atTime(10, 0).atZone(ZONE).toInstant();
                    windows.add(TimeSlot.of(start, Duration.ofHours(3)));
                }
            }
            availability.add(new ExpertAvailability(ExpertId.of(String.format("E%02d", e + 1)), windows));
        }
        List<ConsultationRequest> requests = new ArrayList<>();
        for (int i : admitted) {
            Applicant a = applicants.get(i);
            int first = (int) Math.floor(a.uniform(Applicant.Phase.CONSULTATION, 0) * experts);
            for (int k = 0; k < parameters.consultationsPerProject(); k++) {
                int e = (first + k * (1 + (int) (a.uniform(Applicant.Phase.CONSULTATION, 1) * 2))) % experts;
                requests.add(new ConsultationRequest("C-" + a.id() + "-" + (k + 1), ProjectId.of(a.id()),
                        ExpertId.of(String.format("E%02d", e + 1)), Initiator.PROJECT));
            }
        }
        Instant now = PRE_ACCELERATION_STARTS.atTime(9, 0).atZone(ZONE).toInstant();
        return driver.consultations(new PlanningProblem(now, ZONE,
                ConsultationPolicy.from(m.preAcceleration().consultations()), availability, requests));
    }

    private List<CohortRun.Bar> bars(Optional<ProgramCalendar> calendar, LocalDate defenseDay) {
        List<CohortRun.Bar> out = new ArrayList<>();
        out.add(bar("INTAKE", LocalizedText.of("Өтінім қабылдау", "Приём заявок", "Intake"), "APP-09",
                List.of(span(INTAKE_OPENS, INTAKE_CLOSES))));
        out.add(bar("INTERVIEWS", LocalizedText.of("Алғашқы сұхбаттар", "Первичные собеседования", "First interviews"),
                "APP-10", List.of(span(INTAKE_OPENS, INTAKE_CLOSES.plusDays(driver.methodology().intake().firstInterviewDays())))));
        if (calendar.isPresent()) {
            ProgramCalendar c = calendar.get();
            out.add(sessions(c, SessionKind.KICKOFF, "KICKOFF", LocalizedText.of("Нұсқау сессиялары", "Установочные сессии",
                    "Kickoff sessions"), "PRE-02", false));
            out.add(sessions(c, SessionKind.BASIC_COURSE, "COURSES", LocalizedText.of("Базалық курстар", "Базовые курсы",
                    "Basic courses"), "PRE-03", true));
        }
        out.add(bar("CONSULTATIONS", LocalizedText.of("Кеңестер", "Консультации", "Consultations"), "PRE-05",
                List.of(span(PRE_ACCELERATION_STARTS.plusWeeks(1),
                        PRE_ACCELERATION_STARTS.plusMonths(driver.methodology().preAcceleration().durationMonths()).minusWeeks(1)))));
        out.add(bar("DEFENSE", LocalizedText.of("Қорғау", "Защита", "Defense"), "DEF-01", List.of(span(defenseDay, defenseDay))));
        out.add(bar("APPLICATION", LocalizedText.of("Акселерацияға өтінім", "Заявка в акселерацию", "Application to acceleration"),
                "DEF-11", List.of(span(defenseDay, defenseDay.plusDays(3)))));
        if (calendar.isPresent()) {
            ProgramCalendar c = calendar.get();
            out.add(sessions(c, SessionKind.MODULE, "MODULES", LocalizedText.of("Акселерация модульдері", "Модули акселерации",
                    "Acceleration modules"), "ACC-02", true));
            out.add(sessions(c, SessionKind.COACHING, "COACHING", LocalizedText.of("Коучинг", "Коучинг", "Coaching"), "ACC-04", false));
            out.add(sessions(c, SessionKind.DEMO_DAY, "DEMO_DAY", LocalizedText.of("Демо-күн", "Демо-день", "Demo day"), "ACC-03", false));
        }
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
        int a = from.isAfter(INTAKE_OPENS) ? driver.workingDaysBetween(INTAKE_OPENS, from) : 0;
        int b = driver.workingDaysBetween(INTAKE_OPENS, to.isBefore(from) ? from : to) + 1;
        return new int[] {a, Math.max(a + 1, b)};
    }

    private List<CohortRun.MarketWeek> market(List<Applicant> applicants, int[] reached, String[] stopped, long seed) {
        Methodology m = driver.methodology();
        int preWeeks = m.preAcceleration().durationMonths() * 13 / 3;
        int accWeeks = m.acceleration().durationMonths() * 13 / 3;
        MutableClock clock = new MutableClock(PRE_ACCELERATION_STARTS.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
        List<CohortRun.MarketWeek> out = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed ^ 0xC0FFEEL);
        try (Ledger ledger = driver.ledger(clock)) {
            ActorId platform = ledger.policy().platform();
            List<Integer> admitted = indices(reached, 1);
            int businesses = Math.max(3, admitted.size() / 4);
            for (int b = 0; b < businesses; b++) {
                String id = String.format("B%02d", b + 1);
                submit(ledger, new LedgerCommand.OpenAccount(key("open-" + id), platform, AccountId.of("business:" + id),
                        AccountKind.BUSINESS, ActorId.of("owner:" + id), Optional.empty()));
            }
            for (int i : admitted) {
                String id = applicants.get(i).id();
                AccountId project = AccountId.of("project:" + id);
                submit(ledger, new LedgerCommand.OpenAccount(key("open-" + id), platform, project, AccountKind.PROJECT,
                        ActorId.of("team:" + id), Optional.empty()));
                for (int p = 1; p <= PARTICIPANTS; p++) {
                    submit(ledger, new LedgerCommand.OpenAccount(key("open-" + id + "-" + p), platform,
                            AccountId.of("participant:" + id + "-" + p), AccountKind.PARTICIPANT,
                            ActorId.of("person:" + id + "-" + p), Optional.of(project)));
                }
            }
            long issued = 0;
            int refused = 0;
            for (int week = 1; week <= preWeeks + accWeeks; week++) {
                boolean pre = week <= preWeeks;
                for (int b = 0; b < businesses; b++) {
                    String id = String.format("B%02d", b + 1);
                    submit(ledger, new LedgerCommand.ListOffer(key("offer-" + id + "-" + week), ActorId.of("owner:" + id),
                            OfferId.of(id + "-" + week), AccountId.of("business:" + id), OFFER_PRICE,
                            parameters.offersPerBusiness(), Optional.empty()));
                }
                for (int i : admitted) {
                    // Active: in pre-acceleration until expelled half-way (PRE-09); in acceleration while admitted.
                    boolean active = pre ? (reached[i] >= 2 || week <= preWeeks / 2) : reached[i] >= 3
                            || ("ACC-01".equals(stopped[i]) && week <= preWeeks + accWeeks / 2);
                    if (!active) {
                        continue;
                    }
                    Applicant a = applicants.get(i);
                    String id = a.id();
                    AccountId project = AccountId.of("project:" + id);
                    Outcome<JournalRecord> d = submit(ledger, new LedgerCommand.Issue(key("issue-" + id + "-" + week), platform, project,
                            parameters.weeklyIssue()));
                    if (d.accepted()) {
                        issued += parameters.weeklyIssue();
                    } else if (d.reasons().stream().anyMatch(r -> r.rule().value().equals("LFT-04"))) {
                        refused++;
                    }
                    // One participant a week, in turn, is rewarded and may spend in the market (LFT-02, LFT-03).
                    long balance = ledger.balance(project).orElse(0L);
                    int p = 1 + week % PARTICIPANTS;
                    AccountId participant = AccountId.of("participant:" + id + "-" + p);
                    if (balance > 0) {
                        submit(ledger, new LedgerCommand.Reward(key("reward-" + id + "-" + week), ActorId.of("team:" + id),
                                project, participant, balance / 2, Optional.empty()));
                    }
                    long own = ledger.balance(participant).orElse(0L);
                    if (own >= OFFER_PRICE && random.nextDouble() < 0.8) {
                        String b = String.format("B%02d", 1 + random.nextInt(businesses));
                        submit(ledger, new LedgerCommand.Purchase(key("buy-" + id + "-" + week),
                                ActorId.of("person:" + id + "-" + p), participant, OfferId.of(b + "-" + week), 1));
                    }
                }
                CoverageReport c = ledger.coverage();
                out.add(new CohortRun.MarketWeek(week, issued, c.circulation(), c.capacity(), refused));
                clock.advance(Duration.ofDays(7));
            }
        }
        return out;
    }

    private static Outcome<JournalRecord> submit(Ledger ledger, LedgerCommand command) {
        return ledger.submit(command);
    }

    private static IdempotencyKey key(String value) {
        return IdempotencyKey.of(value);
    }

    /** The simulated time of the market: advanced week by week, never the wall clock. */
    private static final class MutableClock extends Clock {
        private Instant instant;
        private final ZoneId zone;

        MutableClock(Instant start, ZoneId zone) {
            this.instant = start;
            this.zone = zone;
        }

        void advance(Duration d) {
            instant = instant.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new MutableClock(instant, z);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }

}

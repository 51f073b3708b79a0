package kz.saruar.simulation;

import com.google.common.base.Preconditions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.cohort.CohortReceipt;
import kz.saruar.cohort.ProjectView;
import kz.saruar.ledger.AccountId;
import kz.saruar.ledger.AccountKind;
import kz.saruar.ledger.ActorId;
import kz.saruar.ledger.IdempotencyKey;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.ledger.OfferId;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.SaruarException;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.catalog.JurySeat;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.lifecycle.AccelerationDeadline;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.lifecycle.ExpertGroupDecision;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.ConsultationPlan;
import kz.saruar.scheduling.consultation.ConsultationPlanner;
import kz.saruar.scheduling.consultation.ConsultationPolicy;
import kz.saruar.scheduling.consultation.ConsultationRequest;
import kz.saruar.scheduling.consultation.ExpertAvailability;
import kz.saruar.scheduling.consultation.ExpertId;
import kz.saruar.scheduling.consultation.Initiator;
import kz.saruar.scheduling.consultation.PlannedConsultation;
import kz.saruar.scheduling.consultation.PlanningProblem;
import kz.saruar.scheduling.consultation.ProjectId;
import kz.saruar.scheduling.consultation.TimeSlot;
import kz.saruar.scheduling.program.ProgramCalendarGenerator;
import kz.saruar.scheduling.program.ProgramSettings;
import kz.saruar.scheduling.program.SessionKind;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.ScoreSheet;

/**
 * Runs synthetic applicants through a real {@link Cohort} on the methodology's rules
 * (docs/simulation.md): every step is a command into the cohort's journal, decided by the
 * cohort — applications and the competition check (APP-01..07, APP-03), preselection and the
 * first interview (APP-10), admission (APP-08), consultations booked and held (PRE-05, PRE-06),
 * expulsion (PRE-09), defense sessions (DEF-03..09), certificates (DEF-10), the application to
 * acceleration (DEF-11, DEF-12), withdrawal and graduation (ACC-01, ACC-03), ambassador status
 * (EXT-02) and the cohort's LIFTCOIN ledger (LFT-01..04). The latent qualities only shape what
 * the people do; the report is then read from the journal by {@link CohortJournal}, as a real
 * cohort's is.
 */
public final class CohortSimulation {
    /** The intake window of the simulated cohort (APP-09), on the 2026 calendar (holiday data 2022–2027). */
    public static final LocalDate INTAKE_OPENS = LocalDate.of(2026, 1, 15);
    /** The intake window's last day (APP-09). */
    public static final LocalDate INTAKE_CLOSES = LocalDate.of(2026, 2, 28);
    /** The first day of pre-acceleration (PRE-01): the organizers admit the teams that morning (APP-08). */
    public static final LocalDate PRE_ACCELERATION_STARTS = LocalDate.of(2026, 3, 16);
    private static final int PROJECTS_PER_EXPERT = 3;
    private static final int PARTICIPANTS = 3;
    private static final long OFFER_PRICE = 60;
    private static final ZoneId ZONE = Kazakhstan.ZONE;
    private static final Actor ORGANIZER = Actor.of("organizer", ActorRole.ORGANIZER);
    private static final Actor EXPERT_GROUP = Actor.of("expert-group", ActorRole.EXPERT_GROUP);
    private static final Actor JURY = Actor.of("jury-secretary", ActorRole.JURY);

    private final Methodology methodology;
    private final SimulationParameters parameters;
    private final SyntheticApplications applications;

    /** A simulation under this methodology with these distributions. */
    public CohortSimulation(Methodology methodology, SimulationParameters parameters) {
        this.methodology = Objects.requireNonNull(methodology, "methodology");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.applications = new SyntheticApplications(methodology, parameters);
    }

    /** The applicants of a seed for this methodology's open directions (APP-03, APP-09). */
    public static List<Applicant> applicants(Methodology methodology, SimulationParameters parameters, long seed, int count) {
        List<String> open = methodology.openDirections().stream().map(d -> d.code()).toList();
        return new ApplicantGenerator(parameters).generate(seed, count, open, INTAKE_OPENS, INTAKE_CLOSES);
    }

    /** One detailed cohort of these applicants in memory; {@code seed} draws the jurors and the market. */
    public CohortRun run(List<Applicant> applicants, long seed) {
        return run(applicants, seed, true, CohortPlace.memory());
    }

    /**
     * One cohort; {@code detailed} false leaves out what does not change the funnel (consultations
     * and the LIFTCOIN market), for many runs of the same intake. The cohort's journals are opened
     * at {@code place} and closed before returning.
     */
    public CohortRun run(List<Applicant> applicants, long seed, boolean detailed, CohortPlace place) {
        Objects.requireNonNull(applicants, "applicants");
        Objects.requireNonNull(place, "place");
        Preconditions.checkArgument(!applicants.isEmpty(), "no applicants");
        try (CohortPlace.Journals j = place.open()) {
            SimClock clock = new SimClock(INTAKE_OPENS.atTime(9, 0).atZone(ZONE).toInstant());
            Cohort cohort = Cohort.create(j.cohort(), "SIM-" + methodology.id() + "-" + seed, methodology, ORGANIZER,
                    clock, j.keys()).value().orElseThrow(() -> new SaruarException(
                            "the simulated cohort needs an empty journal: " + j.cohort()));
            // the report folds the events as the cohort records them, instead of decoding the journal again
            CohortJournal.Events events = new CohortJournal.Events();
            cohort.follow(events);
            Run run = new Run(cohort, clock, applicants, seed);
            run.intake();
            run.admission();
            if (detailed) {
                run.consultations();
            }
            run.expulsions();
            run.defense();
            run.acceleration();
            run.ambassadors();
            // the market's weeks are counted as its ledger records them, not replayed from its journal afterwards
            List<CohortRun.MarketWeek> market = detailed ? run.market(j.ledger()) : List.of();
            return CohortJournal.read(cohort, events, market, OptionalLong.of(seed));
        }
    }

    /** One cohort's run: the applicants, what the cohort decided for each, and the simulated time. */
    private final class Run {
        private final Cohort cohort;
        private final SimClock clock;
        private final List<Applicant> applicants;
        private final long seed;
        private final int[] reached;
        private final String[] stopped;
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final LocalDate midway;
        private final LocalDate defenseDay;

        Run(Cohort cohort, SimClock clock, List<Applicant> applicants, long seed) {
            this.cohort = cohort;
            this.clock = clock;
            this.applicants = applicants;
            this.seed = seed;
            this.reached = new int[applicants.size()];
            this.stopped = new String[applicants.size()];
            for (int i = 0; i < applicants.size(); i++) {
                index.put(applicants.get(i).id(), i);
            }
            LocalDate end = PRE_ACCELERATION_STARTS.plusMonths(methodology.preAcceleration().durationMonths());
            this.midway = PRE_ACCELERATION_STARTS.plusDays(java.time.temporal.ChronoUnit.DAYS.between(
                    PRE_ACCELERATION_STARTS, end) / 2);
            // the defense closes pre-acceleration (DEF-01): the program calendar's day, else its last working day
            WorkingCalendar working = WorkingCalendar.kazakhstan();
            LocalDate last = end.minusDays(1);
            while (!working.isWorkingDay(last)) {
                last = last.minusDays(1);
            }
            this.defenseDay = new ProgramCalendarGenerator(methodology, working, ProgramSettings.standard())
                    .generate(cohort.state().cohortId(), PRE_ACCELERATION_STARTS).value()
                    .flatMap(c -> c.sessions(SessionKind.DEFENSE).stream().findFirst())
                    .map(x -> x.start().toLocalDate()).orElse(last);
        }

        private Outcome<CohortReceipt> submit(CohortCommand command) {
            return cohort.submit(command);
        }

        private void must(CohortCommand command) {
            Outcome<CohortReceipt> o = cohort.submit(command);
            if (o.refused()) {
                throw new SaruarException("the simulated cohort refused " + command.type() + " " + command.key() + ": "
                        + o.reasons().stream().map(r -> r.code() + " " + r.rules()).toList());
            }
        }

        private ProjectView view(String id) {
            return cohort.view(id).orElseThrow();
        }

        private Actor team(String id) {
            return Actor.of("team-" + id, ActorRole.TEAM);
        }

        private List<Integer> at(int stage) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < reached.length; i++) {
                if (reached[i] >= stage && stopped[i] == null) {
                    out.add(i);
                }
            }
            return out;
        }

        private void stop(int i, String rule) {
            stopped[i] = rule;
        }

        /** APP-03, APP-09: the applications in the order they came; the competition check; APP-10 preselection and interview. */
        void intake() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < applicants.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing((Integer i) -> applicants.get(i).submittedOn()).thenComparing(i -> i));
            for (int i : order) {
                Applicant a = applicants.get(i);
                String id = a.id();
                clock.set(a.submittedOn().atTime(LocalTime.NOON).atZone(ZONE).toInstant());
                must(new CohortCommand.SubmitApplication("submit-" + id, team(id), id, applications.application(a)));
                must(new CohortCommand.CheckEligibility("competition-" + id, ORGANIZER, id, "COMPETITION"));
                if (view(id).eligibility().get("COMPETITION") != CheckStatus.PASSED) {
                    must(new CohortCommand.Lifecycle("reject-" + id, ORGANIZER, id, new Commands.Reject("COMPETITION", true)));
                    stop(i, "APP-12");
                    continue;
                }
                must(new CohortCommand.Lifecycle("preselect-" + id, ORGANIZER, id, new Commands.Preselect()));
                // the first interview the same week (APP-10); whether it went well is in the application's facts
                must(new CohortCommand.Lifecycle("interview-" + id, EXPERT_GROUP, id,
                        new Commands.RecordFirstInterview(a.submittedOn().plusDays(2))));
            }
        }

        /** APP-08: the organizers admit on the first day of pre-acceleration; a refused admission is a rejection with its check recorded. */
        void admission() {
            clock.set(PRE_ACCELERATION_STARTS.atTime(9, 0).atZone(ZONE).toInstant());
            EligibilityVerdict ask = EligibilityVerdict.of(List.of());
            for (int i : at(0)) {
                String id = applicants.get(i).id();
                Outcome<CohortReceipt> o = submit(new CohortCommand.Lifecycle("admit-" + id, ORGANIZER, id,
                        new Commands.AdmitToPreAcceleration(ask)));
                if (o.accepted()) {
                    reached[i] = 1;
                } else {
                    must(new CohortCommand.CheckEligibility("app08-" + id, ORGANIZER, id, "APP_08"));
                    must(new CohortCommand.Lifecycle("reject-" + id, ORGANIZER, id, new Commands.Reject("APP_08", true)));
                    stop(i, "APP-08");
                }
            }
        }

        /**
         * PRE-05, PRE-06: each expert publishes two mornings a week; the planner places each
         * project's requests; the teams book them; the expert group marks those before the
         * expulsions held now, the rest after them.
         */
        void consultations() {
            List<Integer> admitted = at(1);
            int experts = Math.max(parameters.experts(), (admitted.size() + PROJECTS_PER_EXPERT - 1) / PROJECTS_PER_EXPERT);
            LocalDate from = PRE_ACCELERATION_STARTS.plusWeeks(1);
            LocalDate to = PRE_ACCELERATION_STARTS.plusMonths(methodology.preAcceleration().durationMonths()).minusWeeks(1);
            List<ExpertAvailability> availability = new ArrayList<>();
            for (int e = 0; e < experts; e++) {
                String expert = Numbered.of("E", e + 1, 2);
                List<TimeSlot> windows = new ArrayList<>();
                // Each expert keeps two mornings a week for consultations, on alternating weekdays.
                for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
                    int dow = d.getDayOfWeek().getValue();
                    if (dow == 1 + e % 3 || dow == 3 + e % 3) {
                        Instant start = d.atTime(10, 0).atZone(ZONE).toInstant();
                        TimeSlot w = TimeSlot.of(start, Duration.ofHours(3));
                        windows.add(w);
                        must(new CohortCommand.PublishAvailability("available-" + expert + "-" + d, EXPERT_GROUP, expert,
                                w.start(), w.end()));
                    }
                }
                availability.add(new ExpertAvailability(ExpertId.of(expert), windows));
            }
            List<ConsultationRequest> requests = new ArrayList<>();
            for (int i : admitted) {
                Applicant a = applicants.get(i);
                int first = (int) Math.floor(a.uniform(Applicant.Phase.CONSULTATION, 0) * experts);
                for (int k = 0; k < parameters.consultationsPerProject(); k++) {
                    int e = (first + k * (1 + (int) (a.uniform(Applicant.Phase.CONSULTATION, 1) * 2))) % experts;
                    requests.add(new ConsultationRequest("C-" + a.id() + "-" + (k + 1), ProjectId.of(a.id()),
                            ExpertId.of(Numbered.of("E", e + 1, 2)), Initiator.PROJECT));
                }
            }
            Instant now = clock.instant();
            ConsultationPlan plan = new ConsultationPlanner(WorkingCalendar.kazakhstan()).plan(new PlanningProblem(now, ZONE,
                    ConsultationPolicy.from(methodology.preAcceleration().consultations()), availability, requests));
            List<Booked> booked = new ArrayList<>();
            int number = 0;
            for (PlannedConsultation p : plan.placed()) {
                String project = p.request().project().value();
                Outcome<CohortReceipt> o = submit(new CohortCommand.BookConsultation("book-" + p.request().id(),
                        team(project), project, p.request().expert().value(), p.slot().start()));
                if (o.accepted()) {
                    // the cohort's book numbers consultations C1, C2, … in the order it accepts them
                    booked.add(new Booked("C" + ++number, project, p.slot().end()));
                }
            }
            booked.sort(Comparator.comparing(Booked::end).thenComparing(Booked::id));
            pendingConsultations = booked;
            holdConsultations(midway.atStartOfDay(ZONE).toInstant());
        }

        private List<Booked> pendingConsultations = List.of();

        /** Marks held every booked consultation that ended before {@code until} and whose team is still in. */
        private void holdConsultations(Instant until) {
            List<Booked> later = new ArrayList<>();
            for (Booked b : pendingConsultations) {
                if (!b.end.isBefore(until)) {
                    later.add(b);
                    continue;
                }
                if (stopped[index.get(b.project)] == null) {
                    clock.set(b.end);
                    must(new CohortCommand.MarkConsultationHeld("held-" + b.id, EXPERT_GROUP, b.id));
                }
            }
            pendingConsultations = later;
        }

        private record Booked(String id, String project, Instant end) {
        }

        /** PRE-09: half-way, the expert group's decision expels a team whose discipline fell below the cut. */
        void expulsions() {
            clock.set(Instant.ofEpochMilli(Math.max(clock.instant().toEpochMilli(),
                    midway.atTime(10, 0).atZone(ZONE).toInstant().toEpochMilli())));
            List<String> grounds = methodology.preAcceleration().expulsionGrounds().stream().map(CatalogEntry::code)
                    .limit(1).toList();
            ExpertGroupDecision decision = new ExpertGroupDecision("EG-" + seed + "-1", midway);
            for (int i : at(1)) {
                Applicant a = applicants.get(i);
                if (a.capacity() + a.normal(Applicant.Phase.EXPULSION, 0) < parameters.expulsionCut()) {
                    must(new CohortCommand.Lifecycle("expel-" + a.id(), ORGANIZER, a.id(), new Commands.Expel(
                            Optional.of("the team missed the program's sessions and tasks"), Optional.of(decision), grounds)));
                    stop(i, "PRE-09");
                }
            }
            holdConsultations(defenseDay.atStartOfDay(ZONE).toInstant());
        }

        /** DEF-03..09: sessions of at most the group size before a 7-member panel; DEF-10 certificates for those defended. */
        void defense() {
            clock.set(defenseDay.atTime(18, 0).atZone(ZONE).toInstant());
            ScoringScheme scheme = methodology.scoring();
            List<JurorProfile> pool = jurors(scheme, seed);
            Panel panel = Panel.of(pool.stream().map(j -> Juror.of(j.id(), j.role())).toList());
            List<Integer> defending = at(1);
            int group = parameters.defenseGroupSize();
            int session = 0;
            for (int from = 0; from < defending.size(); from += group) {
                List<Integer> slice = defending.subList(from, Math.min(defending.size(), from + group));
                List<String> ids = slice.stream().map(i -> applicants.get(i).id()).toList();
                must(new CohortCommand.HoldDefense("defense-" + ++session, JURY, defenseDay, panel, ids, Map.of(),
                        sheets(scheme, pool, slice)));
            }
            LocalDate programStart = PRE_ACCELERATION_STARTS;
            for (int i : defending) {
                String id = applicants.get(i).id();
                reached[i] = 2;
                must(new CohortCommand.IssueCertificates("certificate-" + id, ORGANIZER, id, "PRE_ACCELERATION",
                        programStart, defenseDay));
                if (view(id).state() == ProjectState.NOT_PASSED) {
                    stop(i, "DEF-06");
                }
            }
        }

        /** DEF-11 the voluntary application, DEF-12 admission on the individual plan, ACC-01 dropout, ACC-03 graduation. */
        void acceleration() {
            clock.set(defenseDay.plusDays(1).atTime(10, 0).atZone(ZONE).toInstant());
            List<Integer> passed = at(2);
            List<Integer> entered = new ArrayList<>();
            for (int i : passed) {
                Applicant a = applicants.get(i);
                String id = a.id();
                if (a.uniform(Applicant.Phase.APPLY, 0) >= parameters.applyShare()) {
                    stop(i, "DEF-11");
                    continue;
                }
                must(new CohortCommand.Lifecycle("apply-" + id, team(id), id, new Commands.ApplyForAcceleration(
                        clock.day(), new AccelerationDeadline(LocalDate.EPOCH, LocalDate.EPOCH))));
                must(new CohortCommand.UpdateApplication("plan-" + id, team(id), id,
                        applications.afterPreAcceleration(view(id).application(), a)));
                Outcome<CohortReceipt> o = submit(new CohortCommand.Lifecycle("enter-" + id, ORGANIZER, id,
                        new Commands.EnterAcceleration(EligibilityVerdict.of(List.of()))));
                if (o.accepted()) {
                    entered.add(i);
                } else {
                    must(new CohortCommand.CheckEligibility("def12-" + id, ORGANIZER, id, "DEF_12"));
                    stop(i, "DEF-12");
                }
            }
            LocalDate accStart = defenseDay.plusDays(methodology.defense().applicationToAccelerationDays() + 1L);
            LocalDate accEnd = accStart.plusMonths(methodology.acceleration().durationMonths());
            clock.set(accStart.plusMonths(methodology.acceleration().durationMonths() / 2).atTime(10, 0).atZone(ZONE)
                    .toInstant());
            List<Integer> stayed = new ArrayList<>();
            for (int i : entered) {
                Applicant a = applicants.get(i);
                if (a.capacity() + a.normal(Applicant.Phase.ACCELERATION, 0) < parameters.accelerationDropCut()) {
                    must(new CohortCommand.Lifecycle("withdraw-" + a.id(), team(a.id()), a.id(),
                            new Commands.Withdraw("the team left the four months of acceleration")));
                    stop(i, "ACC-01");
                } else {
                    stayed.add(i);
                }
            }
            clock.set(accEnd.atTime(18, 0).atZone(ZONE).toInstant());
            for (int i : stayed) {
                String id = applicants.get(i).id();
                must(new CohortCommand.Lifecycle("graduate-" + id, ORGANIZER, id, new Commands.Graduate()));
                reached[i] = 3;
            }
        }

        /** EXT-02: the expert group assesses each criterion; status is granted only when all are met. */
        void ambassadors() {
            clock.set(clock.instant().plus(Duration.ofDays(30)));
            List<CatalogEntry> criteria = methodology.exit().ambassadorCriteria();
            for (int i : at(3)) {
                Applicant a = applicants.get(i);
                int met = 0;
                for (int k = 0; k < criteria.size(); k++) {
                    if (a.quality() + 0.5 * a.capacity() + 0.35 * a.normal(Applicant.Phase.AMBASSADOR, k)
                            > parameters.ambassadorCut()) {
                        met++;
                    }
                }
                Outcome<CohortReceipt> o = submit(new CohortCommand.Lifecycle("ambassador-" + a.id(), EXPERT_GROUP, a.id(),
                        new Commands.GrantAmbassadorStatus(met, criteria.size())));
                if (o.accepted()) {
                    reached[i] = 4;
                } else {
                    stop(i, "EXT-02");
                }
            }
        }

        private List<ScoreSheet> sheets(ScoringScheme scheme, List<JurorProfile> pool, List<Integer> slice) {
            List<ScoreSheet> sheets = new ArrayList<>();
            List<Criterion> criteria = scheme.criteria();
            int min = scheme.scale().min();
            int max = scheme.scale().max();
            double mid = (min + max) / 2.0;
            double half = (max - min) / 2.0;
            for (int i : slice) {
                Applicant a = applicants.get(i);
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
            return sheets;
        }

        /**
         * LFT-01..04: the cohort's ledger week by week from the start of pre-acceleration — weekly
         * issues to each active project, rewards to its participants, purchases in a market of
         * local businesses. Refusals (e.g. beyond coverage, LFT-04) write nothing.
         */
        List<CohortRun.MarketWeek> market(kz.saruar.spi.storage.JournalStore store) {
            int preWeeks = methodology.preAcceleration().durationMonths() * 13 / 3;
            int accWeeks = methodology.acceleration().durationMonths() * 13 / 3;
            clock.set(PRE_ACCELERATION_STARTS.atTime(9, 0).atZone(ZONE).toInstant());
            SplittableRandom random = new SplittableRandom(seed ^ 0xC0FFEEL);
            try (Ledger opened = cohort.openLedger(store, LedgerPolicy.from(methodology.ledger()))) {
                CohortJournal.MarketWeeks weeks = new CohortJournal.MarketWeeks();
                Market ledger = new Market(opened, weeks);
                ActorId platform = opened.policy().platform();
                List<Integer> admitted = new ArrayList<>();
                for (int i = 0; i < reached.length; i++) {
                    if (reached[i] >= 1) {
                        admitted.add(i);
                    }
                }
                int businesses = Math.max(3, admitted.size() / 4);
                String[] business = new String[businesses];
                for (int b = 0; b < businesses; b++) {
                    String id = Numbered.of("B", b + 1, 2);
                    business[b] = id;
                    ledger.submit(new LedgerCommand.OpenAccount(key("open-" + id), platform, AccountId.of("business:" + id),
                            AccountKind.BUSINESS, ActorId.of("owner:" + id), Optional.empty()));
                }
                for (int i : admitted) {
                    String id = applicants.get(i).id();
                    AccountId project = AccountId.of("project:" + id);
                    ledger.submit(new LedgerCommand.OpenAccount(key("open-" + id), platform, project, AccountKind.PROJECT,
                            ActorId.of("team:" + id), Optional.empty()));
                    for (int p = 1; p <= PARTICIPANTS; p++) {
                        ledger.submit(new LedgerCommand.OpenAccount(key("open-" + id + "-" + p), platform,
                                AccountId.of("participant:" + id + "-" + p), AccountKind.PARTICIPANT,
                                ActorId.of("person:" + id + "-" + p), Optional.of(project)));
                    }
                }
                for (int week = 1; week <= preWeeks + accWeeks; week++) {
                    for (int b = 0; b < businesses; b++) {
                        String id = business[b];
                        ledger.submit(new LedgerCommand.ListOffer(key("offer-" + id + "-" + week), ActorId.of("owner:" + id),
                                OfferId.of(id + "-" + week), AccountId.of("business:" + id), OFFER_PRICE,
                                parameters.offersPerBusiness(), Optional.empty()));
                    }
                    for (int i : admitted) {
                        week(ledger, platform, business, random, i, week, preWeeks, accWeeks);
                    }
                    clock.set(clock.instant().plus(Duration.ofDays(7)));
                }
                return weeks.close(opened);
            }
        }

        /**
         * One admitted project's week in the market: its issue, a participant's reward and perhaps
         * a purchase. A method of its own so that the optimizing compiler takes it as soon as it is
         * hot, instead of compiling the whole market as one on-stack replacement at the end of a
         * national intake (0.5 s of its time, finished when the market was nearly done).
         */
        private void week(Market ledger, ActorId platform, String[] business, SplittableRandom random, int i, int week,
                int preWeeks, int accWeeks) {
            boolean pre = week <= preWeeks;
            // Active: in pre-acceleration until expelled half-way (PRE-09); in acceleration while in it.
            boolean active = pre ? (reached[i] >= 2 || week <= preWeeks / 2) : reached[i] >= 3
                    || ("ACC-01".equals(stopped[i]) && week <= preWeeks + accWeeks / 2);
            if (!active) {
                return;
            }
            String id = applicants.get(i).id();
            AccountId project = AccountId.of("project:" + id);
            ledger.submit(new LedgerCommand.Issue(key("issue-" + id + "-" + week), platform, project,
                    parameters.weeklyIssue()));
            // One participant a week, in turn, is rewarded and may spend in the market (LFT-02, LFT-03).
            long balance = ledger.balance(project).orElse(0L);
            int p = 1 + week % PARTICIPANTS;
            AccountId participant = AccountId.of("participant:" + id + "-" + p);
            if (balance > 0) {
                ledger.submit(new LedgerCommand.Reward(key("reward-" + id + "-" + week), ActorId.of("team:" + id),
                        project, participant, balance / 2, Optional.empty()));
            }
            long own = ledger.balance(participant).orElse(0L);
            if (own >= OFFER_PRICE && random.nextDouble() < 0.8) {
                String b = business[random.nextInt(business.length)];
                ledger.submit(new LedgerCommand.Purchase(key("buy-" + id + "-" + week),
                        ActorId.of("person:" + id + "-" + p), participant, OfferId.of(b + "-" + week), 1));
            }
        }

        /** The ledger of the market, counting each recorded command into the market's weeks. */
        private final class Market {
            private final Ledger ledger;
            private final CohortJournal.MarketWeeks weeks;

            Market(Ledger ledger, CohortJournal.MarketWeeks weeks) {
                this.ledger = ledger;
                this.weeks = weeks;
            }

            void submit(LedgerCommand command) {
                Instant at = clock.instant();
                weeks.before(at, ledger);
                long size = ledger.journalSize();
                // counted when recorded now: not refused, nor answered from an earlier record (a repeated key)
                if (ledger.submit(command).value().filter(r -> r.sequence() >= size).isPresent()) {
                    weeks.recorded(at, command);
                }
            }

            OptionalLong balance(AccountId account) {
                return ledger.balance(account);
            }
        }
    }

    private static IdempotencyKey key(String value) {
        return IdempotencyKey.of(value);
    }

    private record JurorProfile(String id, String role, double severity) {
    }

    private List<JurorProfile> jurors(ScoringScheme scheme, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<JurorProfile> out = new ArrayList<>();
        for (JurySeat seat : scheme.jury().seats()) {
            for (int k = 0; k < seat.count(); k++) {
                out.add(new JurorProfile(Numbered.of("J", out.size() + 1, 2), seat.role(),
                        parameters.jurorSeverity() * random.nextGaussian()));
            }
        }
        return out;
    }

    /** DEF-04: which latent quality a criterion sees. */
    private static double merit(String criterion, Applicant a) {
        return switch (criterion) {
            case "SOCIAL_EFFECT", "PROGRAM_ALIGNMENT" -> a.quality();
            case "TEAM_CAPABILITY", "EXPERT_RATING" -> a.capacity();
            default -> (a.quality() + a.capacity()) / 2;
        };
    }

    /** The simulated time every command of the cohort is decided at, never the wall clock. */
    private static final class SimClock extends Clock {
        private Instant instant;

        SimClock(Instant start) {
            this.instant = start;
        }

        void set(Instant i) {
            instant = i;
        }

        LocalDate day() {
            return instant.atZone(ZONE).toLocalDate();
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return Clock.fixed(instant, z);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}

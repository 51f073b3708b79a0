package kz.saruar.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.ConflictPolicy;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A defense session (DEF-03..09): a checked panel, the projects defended, and the score sheets
 * accepted so far. Immutable: submitting returns a new session. A sheet is refused when it is
 * submitted with the reason — juror not on the panel, unknown project, conflict of interest (a
 * member of the team or the project's mentor-expert), a substitute not needed, a duplicate, a
 * missing or unknown criterion, a score outside the scale. The protocol is issued once no required
 * sheet is missing; recused jurors follow the methodology's conflict policy
 * ({@code RECUSE_AND_PRORATE} [default] or {@code SUBSTITUTE}) and quorum.
 */
public final class DefenseSession {
    private static final Logger LOG = LoggerFactory.getLogger(DefenseSession.class);
    private static final byte NONE = 0;
    private static final byte TEAM = 1;
    private static final byte MENTOR = 2;

    private final ScoringScheme scheme;
    private final String methodologyId;
    private final Panel panel;
    private final ImmutableList<Project> projects;
    private final ScoringOptions options;
    private final Map<String, Integer> criterionIndex;
    private final Map<String, Integer> projectIndex;
    private final Map<String, Integer> personIndex;
    private final Juror[] people;
    private final int seated;
    private final int width;
    private final byte[] conflicts;
    private final ScoreSheet[] sheets;
    private final int[][] scores;
    private final int sheetCount;
    private final ImmutableList<Reason> rejected;

    private DefenseSession(DefenseSession base, ScoreSheet[] sheets, int[][] scores, int sheetCount,
            ImmutableList<Reason> rejected) {
        this.scheme = base.scheme;
        this.methodologyId = base.methodologyId;
        this.panel = base.panel;
        this.projects = base.projects;
        this.options = base.options;
        this.criterionIndex = base.criterionIndex;
        this.projectIndex = base.projectIndex;
        this.personIndex = base.personIndex;
        this.people = base.people;
        this.seated = base.seated;
        this.width = base.width;
        this.conflicts = base.conflicts;
        this.sheets = sheets;
        this.scores = scores;
        this.sheetCount = sheetCount;
        this.rejected = rejected;
    }

    private DefenseSession(ScoringScheme scheme, String methodologyId, Panel panel, List<Project> projects,
            ScoringOptions options) {
        this.scheme = scheme;
        this.methodologyId = methodologyId;
        this.panel = panel;
        this.projects = ImmutableList.copyOf(projects);
        this.options = options;
        this.criterionIndex = Scoring.criterionIndex(scheme);
        Map<String, Integer> pi = new HashMap<>(projects.size() * 2);
        for (int i = 0; i < projects.size(); i++) {
            pi.put(projects.get(i).id(), i);
        }
        this.projectIndex = pi;
        this.seated = panel.jurors().size();
        this.width = seated + panel.substitutes().size();
        this.people = panel.everyone().toArray(Juror[]::new);
        ImmutableMap.Builder<String, Integer> ji = ImmutableMap.builder();
        for (int j = 0; j < people.length; j++) {
            ji.put(people[j].id(), j);
        }
        this.personIndex = ji.buildOrThrow();
        int cells = Math.multiplyExact(projects.size(), width);
        this.conflicts = new byte[cells];
        for (int p = 0; p < projects.size(); p++) {
            Project project = projects.get(p);
            if (project.mentorExpertId().isPresent()) {
                Integer j = personIndex.get(project.mentorExpertId().get());
                if (j != null) {
                    conflicts[p * width + j] = MENTOR;
                }
            }
            for (Participant member : project.team()) {
                Integer j = personIndex.get(member.id());
                if (j != null) {
                    conflicts[p * width + j] = TEAM;
                }
            }
        }
        this.sheets = new ScoreSheet[cells];
        this.scores = new int[cells][];
        this.sheetCount = 0;
        this.rejected = ImmutableList.of();
    }

    /** Opens a session of the methodology's defense with the default options. */
    public static Outcome<DefenseSession> open(Methodology methodology, Panel panel, List<Project> projects) {
        Objects.requireNonNull(methodology, "methodology");
        return open(methodology.scoring(), methodology.id(), panel, projects, ScoringOptions.defaults());
    }

    /**
     * Opens a session: refused with every reason when the panel does not match the jury (DEF-03),
     * there is no project, or a project ID appears twice (DEF-09).
     */
    public static Outcome<DefenseSession> open(ScoringScheme scheme, String methodologyId, Panel panel,
            List<Project> projects, ScoringOptions options) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(methodologyId, "methodologyId");
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(options, "options");
        List<Reason> problems = new ArrayList<>(JuryCheck.problems(panel, scheme));
        if (projects.isEmpty()) {
            problems.add(Reason.quoting(RefusalKind.NO_PROJECTS, "projects"));
        }
        Set<String> ids = new HashSet<>();
        for (Project p : projects) {
            Objects.requireNonNull(p, "project");
            if (!ids.add(p.id())) {
                problems.add(Reason.quoting(RefusalKind.PROJECT_TWICE, "project:" + p.id(), p.id()));
            }
        }
        if (!problems.isEmpty()) {
            LOG.debug("defense session refused: {} reason(s)", problems.size());
            return Outcome.refused(problems);
        }
        return Outcome.accepted(new DefenseSession(scheme, methodologyId, panel, projects, options));
    }

    /** Submits one sheet: the new session, or every reason it is refused (this session is unchanged). */
    public Outcome<DefenseSession> submit(ScoreSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        BatchSubmission b = submitAll(List.of(sheet));
        return b.reasons().isEmpty() ? Outcome.accepted(b.session()) : Outcome.refused(b.reasons());
    }

    /**
     * Submits sheets in order: each is accepted or refused as by {@link #submit}; the refusals are
     * kept by the new session and listed in its protocol (DEF-09 "invalid score sheets").
     */
    public BatchSubmission submitAll(Iterable<ScoreSheet> batch) {
        Objects.requireNonNull(batch, "batch");
        ScoreSheet[] newSheets = sheets.clone();
        int[][] newScores = scores.clone();
        int count = sheetCount;
        int accepted = 0;
        List<Reason> refusals = new ArrayList<>();
        // the duplicate refusal of a cell is one value: a batch repeating a sheet shares it
        Map<Integer, Reason> duplicates = new HashMap<>();
        int c = scheme.criteria().size();
        for (ScoreSheet sheet : batch) {
            Objects.requireNonNull(sheet, "sheet");
            int[] sc = new int[c];
            List<Reason> problems = Scoring.checkScores(scheme, criterionIndex, sheet, sc);
            Integer p = projectIndex.get(sheet.projectId());
            Integer j = personIndex.get(sheet.jurorId());
            List<Reason> own = null;
            if (p == null) {
                own = new ArrayList<>(2);
                own.add(Reason.quoting(RefusalKind.UNKNOWN_PROJECT, sheet.subject(), sheet.jurorId(), sheet.projectId()));
            }
            if (j == null) {
                own = own == null ? new ArrayList<>(2) : own;
                own.add(Reason.quoting(RefusalKind.JUROR_NOT_ON_PANEL, sheet.subject(), sheet.jurorId(), sheet.projectId()));
            }
            if (p != null && j != null) {
                int cell = p * width + j;
                Optional<Reason> r = placement(sheet, p, j, newSheets);
                if (r.isPresent()) {
                    own = new ArrayList<>(2);
                    own.add(r.get());
                } else if (newSheets[cell] != null) {
                    own = new ArrayList<>(2);
                    own.add(duplicates.computeIfAbsent(cell, k -> Reason.quoting(RefusalKind.DUPLICATE_SHEET,
                            sheet.subject(), sheet.jurorId(), sheet.projectId())));
                }
            }
            if (own == null && problems.isEmpty()) {
                int cell = p * width + j;
                newSheets[cell] = sheet;
                newScores[cell] = sc;
                count++;
                accepted++;
            } else {
                if (own != null) {
                    refusals.addAll(own);
                }
                refusals.addAll(problems);
            }
        }
        if (!refusals.isEmpty()) {
            LOG.debug("{} sheet refusal(s) in a batch; {} sheet(s) accepted", refusals.size(), accepted);
        }
        ImmutableList<Reason> allRejected = refusals.isEmpty() ? rejected
                : ImmutableList.<Reason>builder().addAll(rejected).addAll(refusals).build();
        return new BatchSubmission(new DefenseSession(this, newSheets, newScores, count, allRejected), accepted,
                refusals);
    }

    /** Conflict of interest, or a substitute who has no recused seat to fill on this project. */
    private Optional<Reason> placement(ScoreSheet sheet, int p, int j, ScoreSheet[] current) {
        byte conflict = conflicts[p * width + j];
        if (conflict != NONE) {
            return Optional.of(Reason.quoting(conflict == TEAM ? RefusalKind.CONFLICT_TEAM_MEMBER : RefusalKind.CONFLICT_MENTOR,
                    sheet.subject(), sheet.jurorId(), sheet.projectId()));
        }
        if (j < seated) {
            return Optional.empty();
        }
        String role = people[j].role();
        if (scheme.conflictPolicy() == ConflictPolicy.SUBSTITUTE && current[p * width + j] == null) {
            int recused = 0;
            for (int k = 0; k < seated; k++) {
                if (conflicts[p * width + k] != NONE && people[k].role().equals(role)) {
                    recused++;
                }
            }
            int filled = 0;
            for (int k = seated; k < width; k++) {
                if (current[p * width + k] != null && people[k].role().equals(role)) {
                    filled++;
                }
            }
            if (filled < recused) {
                return Optional.empty();
            }
        } else if (scheme.conflictPolicy() == ConflictPolicy.SUBSTITUTE) {
            return Optional.empty();
        }
        return Optional.of(Reason.quoting(RefusalKind.SUBSTITUTE_NOT_NEEDED, sheet.subject(), sheet.jurorId(),
                sheet.projectId(), scheme.conflictPolicy().name(), role));
    }

    /** The protocol dated today in Asia/Almaty by this clock; see {@link #protocol(LocalDate)}. */
    public Outcome<DefenseProtocol> protocol(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return protocol(Kazakhstan.today(clock));
    }

    /**
     * The protocol (DEF-09), or every reason it cannot be issued: each required sheet that is
     * missing, and each recused seat that no substitute can fill (policy {@code SUBSTITUTE}).
     * A project scored by fewer jurors than the quorum gets no decision and is listed as undecided.
     */
    public Outcome<DefenseProtocol> protocol(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int c = scheme.criteria().size();
        List<Reason> missing = new ArrayList<>();
        List<Recusal> recusals = new ArrayList<>();
        List<ProjectDecision> decisions = new ArrayList<>(projects.size());
        List<Undecided> undecided = new ArrayList<>();
        boolean substitute = scheme.conflictPolicy() == ConflictPolicy.SUBSTITUTE;
        for (int p = 0; p < projects.size(); p++) {
            Project project = projects.get(p);
            int base = p * width;
            int[] sums = new int[c];
            int k = 0;
            int missingBefore = missing.size();
            Map<String, List<Juror>> recusedByRole = null;
            for (int j = 0; j < width; j++) {
                int[] sc = scores[base + j];
                if (j < seated && conflicts[base + j] != NONE) {
                    Juror juror = people[j];
                    recusals.add(new Recusal(project.id(), juror.id(), juror.role(),
                            conflicts[base + j] == TEAM ? RefusalKind.CONFLICT_TEAM_MEMBER : RefusalKind.CONFLICT_MENTOR));
                    if (recusedByRole == null) {
                        recusedByRole = new LinkedHashMap<>();
                    }
                    recusedByRole.computeIfAbsent(juror.role(), r -> new ArrayList<>()).add(juror);
                } else if (sc != null) {
                    for (int i = 0; i < c; i++) {
                        sums[i] += sc[i];
                    }
                    k++;
                } else if (j < seated) {
                    missing.add(Reason.quoting(RefusalKind.SHEET_MISSING, "sheet:" + people[j].id() + "/" + project.id(),
                            people[j].id(), project.id()));
                }
            }
            if (substitute && recusedByRole != null) {
                missingSubstitutes(p, project, recusedByRole, missing);
            }
            if (missing.size() > missingBefore) {
                continue;
            }
            if (k < scheme.quorum()) {
                undecided.add(new Undecided(project.id(), k, scheme.quorum(), Reason.quoting(RefusalKind.BELOW_QUORUM,
                        "project:" + project.id(), project.id(), k, scheme.quorum())));
            } else {
                decisions.add(Scoring.fromSums(scheme, project.id(), sums, k, options.rounding()));
            }
        }
        if (!missing.isEmpty()) {
            LOG.debug("protocol refused: {} missing sheet(s) or seat(s)", missing.size());
            return Outcome.refused(missing);
        }
        undecided.sort(Comparator.comparing(Undecided::projectId));
        recusals.sort(Comparator.comparing(Recusal::projectId).thenComparing(Recusal::jurorId));
        List<ProjectDecision> ranking = Ranking.rank(decisions, projects, options);
        return Outcome.accepted(new DefenseProtocol(methodologyId, date, scheme, options, panel, projects, ranking,
                undecided, recusals, rejected));
    }

    private void missingSubstitutes(int p, Project project, Map<String, List<Juror>> recusedByRole,
            List<Reason> missing) {
        int base = p * width;
        for (Map.Entry<String, List<Juror>> e : recusedByRole.entrySet()) {
            String role = e.getKey();
            int filled = 0;
            List<String> eligible = new ArrayList<>();
            for (int j = seated; j < width; j++) {
                if (!people[j].role().equals(role)) {
                    continue;
                }
                if (scores[base + j] != null) {
                    filled++;
                } else if (conflicts[base + j] == NONE) {
                    eligible.add(people[j].id());
                }
            }
            List<Juror> recused = e.getValue();
            int need = recused.size() - filled;
            for (int i = 0; i < need; i++) {
                Juror r = recused.get(filled + i);
                if (i < eligible.size()) {
                    String who = String.join(" | ", eligible) + " (" + role + ")";
                    missing.add(Reason.quoting(RefusalKind.SHEET_MISSING, "sheet:" + who + "/" + project.id(), who,
                            project.id()));
                } else {
                    missing.add(Reason.quoting(RefusalKind.NO_SUBSTITUTE, "project:" + project.id(), project.id(),
                            r.id(), role));
                }
            }
        }
    }

    /** The accepted sheets, by project then panel order. */
    public List<ScoreSheet> acceptedSheets() {
        ImmutableList.Builder<ScoreSheet> b = ImmutableList.builderWithExpectedSize(sheetCount);
        for (ScoreSheet s : sheets) {
            if (s != null) {
                b.add(s);
            }
        }
        return b.build();
    }

    /** The accepted sheets of one project, in panel order. */
    public List<ScoreSheet> sheetsOf(String projectId) {
        Integer p = projectIndex.get(Objects.requireNonNull(projectId, "projectId"));
        if (p == null) {
            return List.of();
        }
        ImmutableList.Builder<ScoreSheet> b = ImmutableList.builder();
        for (int j = 0; j < width; j++) {
            if (sheets[p * width + j] != null) {
                b.add(sheets[p * width + j]);
            }
        }
        return b.build();
    }

    /** How many sheets were accepted. */
    public int sheetCount() {
        return sheetCount;
    }

    /** Every refusal of a sheet submitted in a batch so far. */
    public List<Reason> rejectedSheets() {
        return rejected;
    }

    /** The scoring scheme. */
    public ScoringScheme scheme() {
        return scheme;
    }

    /** The methodology's ID. */
    public String methodologyId() {
        return methodologyId;
    }

    /** The panel. */
    public Panel panel() {
        return panel;
    }

    /** The projects defended. */
    public List<Project> projects() {
        return projects;
    }

    /** The options (tie-break, rounding). */
    public ScoringOptions options() {
        return options;
    }
}

package kz.saruar.simulation;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * The documented, seeded distributions of a simulated cohort (docs/simulation.md). Every
 * latent quality is a standard normal draw shifted or scaled as stated here; the rules of the
 * methodology, not these numbers, decide who passes. The {@link #calibrated2020() 2020 values}
 * reproduce the 2020 funnel (120 → 46 → 39 → 20 → 17) on average.
 *
 * @param directionWeights  CAT-01: the share of applications per direction code (normalized)
 * @param directionShift    CAT-01: the mean of the idea quality per direction (others 0)
 * @param smallTeamShare    APP-02: the share of applications with a team of two instead of three or more
 * @param minorShare        APP-02: the share of applications with a team member under 18
 * @param conceptCut        APP-05: a concept lists the required risks when care + N(0,1) exceeds this
 * @param selectionCut      APP-07: a selection criterion is met when quality + N(0, 0.6) exceeds this
 * @param interviewCut      APP-08/APP-10: the primary interview is passed when
 *                          quality + 0.5·capacity + N(0, interviewNoise) exceeds this
 * @param interviewNoise    APP-10: the interview panel's noise (standard deviation)
 * @param expulsionCut      PRE-09: a team is expelled when capacity + N(0,1) falls below this
 * @param consultationsPerProject PRE-06: requests a project makes (one expert at most 3)
 * @param experts           PRE-05: the experts available for consultations (14 in 2020)
 * @param meritCenter       DEF-04: a criterion's merit scores 2 around this latent value
 * @param meritScale        DEF-04: how strongly the latent merit moves a score (per standard deviation)
 * @param jurorSeverity     DEF-05: the standard deviation of a juror's severity (score points)
 * @param jurorNoise        DEF-05: the standard deviation of one juror's noise on one criterion
 * @param defenseGroupSize  DEF-09: at most this many projects per defense session (one panel each)
 * @param applyShare        DEF-11: the share of passed projects that apply to acceleration within 3 days
 * @param taskCut           DEF-12: all tasks of the individual plan are done when capacity + N(0,1) exceeds this
 * @param accelerationDropCut ACC-01: a team leaves the 4 months when capacity + N(0,1) falls below this
 * @param ambassadorCut     EXT-02: a criterion is met when quality + 0.5·capacity + N(0, 0.35) exceeds this
 * @param weeklyIssue       LFT-01: points issued per active project per week
 * @param offersPerBusiness LFT-03: units each market business lists per week
 */
public record SimulationParameters(Map<String, Double> directionWeights, Map<String, Double> directionShift,
        double smallTeamShare, double minorShare, double conceptCut, double selectionCut, double interviewCut,
        double interviewNoise, double expulsionCut, int consultationsPerProject, int experts, double meritCenter,
        double meritScale, double jurorSeverity, double jurorNoise, int defenseGroupSize, double applyShare,
        double taskCut, double accelerationDropCut, double ambassadorCut, long weeklyIssue, int offersPerBusiness) {

    /** Checks ranges and copies the maps. */
    public SimulationParameters {
        directionWeights = ImmutableMap.copyOf(Objects.requireNonNull(directionWeights, "directionWeights"));
        directionShift = ImmutableMap.copyOf(Objects.requireNonNull(directionShift, "directionShift"));
        Preconditions.checkArgument(!directionWeights.isEmpty(), "directionWeights is empty");
        directionWeights.values().forEach(w -> Preconditions.checkArgument(w >= 0, "direction weight is negative: %s", w));
        Preconditions.checkArgument(smallTeamShare >= 0 && smallTeamShare <= 1, "smallTeamShare: %s", smallTeamShare);
        Preconditions.checkArgument(minorShare >= 0 && minorShare <= 1, "minorShare: %s", minorShare);
        Preconditions.checkArgument(applyShare >= 0 && applyShare <= 1, "applyShare: %s", applyShare);
        Preconditions.checkArgument(consultationsPerProject >= 0, "consultationsPerProject: %s", consultationsPerProject);
        Preconditions.checkArgument(experts > 0, "experts: %s", experts);
        Preconditions.checkArgument(defenseGroupSize > 0, "defenseGroupSize: %s", defenseGroupSize);
        Preconditions.checkArgument(interviewNoise >= 0 && jurorSeverity >= 0 && jurorNoise >= 0 && meritScale > 0,
                "noise and scale must not be negative");
        Preconditions.checkArgument(weeklyIssue > 0, "weeklyIssue: %s", weeklyIssue);
        Preconditions.checkArgument(offersPerBusiness > 0, "offersPerBusiness: %s", offersPerBusiness);
    }

    /**
     * The values calibrated on the 2020 cohort (docs/simulation.md): with 120 applications, 100 runs
     * average 120 → 46 → 39 → 20 → 17 within 10 %, and the 20 split by direction as in 2020:
     * 8 inclusion, 5 education, 5 culture, 2 ecology, none in tourism or project thinking.
     */
    public static SimulationParameters calibrated2020() {
        // In 2020: of the 20 graduates 8 inclusion, 5 education, 5 culture, 2 ecology and none in
        // tourism or project thinking. The four share the pass rates, so their applications come in
        // 8:5:5:2; the two others apply rarely and with weaker ideas (CAT-01 keeps them open).
        Map<String, Double> weights = ImmutableMap.<String, Double>builder()
                .put("INCLUSIVE_SOCIETY", 0.38).put("NON_FORMAL_EDUCATION", 0.24).put("CULTURE_ART_SPORT", 0.24)
                .put("ECOLOGY", 0.095).put("TOURISM", 0.0225).put("PROJECT_THINKING", 0.0225).build();
        Map<String, Double> shift = ImmutableMap.of("TOURISM", -1.2, "PROJECT_THINKING", -1.2);
        return new SimulationParameters(weights, shift, 0.03, 0.01, -2.0, -1.5, 0.1, 0.6, -1.05, 3, 14,
                0.2, 0.55, 0.2, 0.45, 40, 0.95, -1.9, -1.9, 0.1, 150, 4);
    }

    /** These parameters with another interview cut (APP-08), for calibration and what-ifs. */
    public SimulationParameters withInterviewCut(double cut) {
        return new SimulationParameters(directionWeights, directionShift, smallTeamShare, minorShare, conceptCut,
                selectionCut, cut, interviewNoise, expulsionCut, consultationsPerProject, experts, meritCenter,
                meritScale, jurorSeverity, jurorNoise, defenseGroupSize, applyShare, taskCut, accelerationDropCut,
                ambassadorCut, weeklyIssue, offersPerBusiness);
    }

    /** These parameters with another merit centre (DEF-04), for calibration. */
    public SimulationParameters withMeritCenter(double center) {
        return new SimulationParameters(directionWeights, directionShift, smallTeamShare, minorShare, conceptCut,
                selectionCut, interviewCut, interviewNoise, expulsionCut, consultationsPerProject, experts, center,
                meritScale, jurorSeverity, jurorNoise, defenseGroupSize, applyShare, taskCut, accelerationDropCut,
                ambassadorCut, weeklyIssue, offersPerBusiness);
    }
}

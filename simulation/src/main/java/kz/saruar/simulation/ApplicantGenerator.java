package kz.saruar.simulation;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Draws a simulated intake (APP-03, APP-09): applicants spread over the open directions of CAT-01
 * by the documented weights, with latent qualities from {@link SimulationParameters}; the same seed
 * always gives the same applicants.
 */
public final class ApplicantGenerator {
    private final SimulationParameters parameters;

    /** A generator with these distributions. */
    public ApplicantGenerator(SimulationParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * {@code count} applicants over these open directions, submitted between {@code opens} and
     * {@code closes} (APP-09); a direction without a weight gets the smallest stated weight.
     */
    public List<Applicant> generate(long seed, int count, List<String> openDirections, LocalDate opens, LocalDate closes) {
        Preconditions.checkArgument(count > 0, "count must be positive: %s", count);
        Objects.requireNonNull(openDirections, "openDirections");
        Preconditions.checkArgument(!openDirections.isEmpty(), "no open direction");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Map<String, Double> w = parameters.directionWeights();
        double fallback = w.values().stream().mapToDouble(Double::doubleValue).min().orElse(1.0);
        double[] cumulative = new double[openDirections.size()];
        double sum = 0;
        for (int i = 0; i < openDirections.size(); i++) {
            sum += w.getOrDefault(openDirections.get(i), fallback);
            cumulative[i] = sum;
        }
        Preconditions.checkArgument(sum > 0, "the open directions have no weight");
        long days = ChronoUnit.DAYS.between(opens, closes) + 1;
        SplittableRandom random = new SplittableRandom(seed);
        List<Applicant> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble() * sum;
            int d = 0;
            while (d < cumulative.length - 1 && u >= cumulative[d]) {
                d++;
            }
            String direction = openDirections.get(d);
            double quality = parameters.directionShift().getOrDefault(direction, 0.0) + random.nextGaussian();
            double capacity = random.nextGaussian();
            double care = random.nextGaussian();
            boolean two = random.nextDouble() < parameters.smallTeamShare();
            boolean minor = random.nextDouble() < parameters.minorShare();
            LocalDate on = opens.plusDays(random.nextLong(days));
            out.add(new Applicant(Numbered.of("P", i + 1, 4), direction, quality, capacity, care, two, minor, on,
                    random.nextLong()));
        }
        return ImmutableList.copyOf(out);
    }
}

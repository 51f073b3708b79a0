package kz.saruar.model.methodology;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The DEF-08 [default] mapping that re-derives the pass threshold and the band edges when a
 * methodology changes the jury size, the number of criteria or the scale: a point {@code t} of the
 * seed's range 35..105 maps to {@code ceil(min + (t − 35) × (max − min) / 70)}. Only the threshold
 * (75) and each band's lower edge (60, 85) are mapped; the lowest band starts at {@code min}, each
 * upper edge is the next lower edge minus one and the top band ends at {@code max}, so that the
 * bands always partition the range (mapping upper edges too would let bands overlap).
 */
public final class ThresholdMapping {
    /** The seed's lowest total (7 jurors × 5 criteria × 1). */
    public static final int SEED_MIN = 35;
    /** The seed's highest total (7 × 5 × 3). */
    public static final int SEED_MAX = 105;
    /** The seed's pass threshold (DEF-06). */
    public static final int SEED_THRESHOLD = 75;
    /** The seed's band lower edges above the lowest band, ascending (DEF-07: medium 60, high 85). */
    public static final List<Integer> SEED_BAND_LOWER_EDGES = List.of(60, 85);

    private ThresholdMapping() {
    }

    /** Maps a point of the seed's range onto [min, max], rounding up (DEF-08). */
    public static int map(int seedPoint, int min, int max) {
        checkArgument(seedPoint >= SEED_MIN && seedPoint <= SEED_MAX,
                "seed point %s is outside [%s, %s]", seedPoint, SEED_MIN, SEED_MAX);
        checkArgument(min <= max, "min %s is above max %s", min, max);
        long numerator = (long) (seedPoint - SEED_MIN) * (max - min);
        long denominator = SEED_MAX - SEED_MIN;
        // ceil for non-negative numerator, exact in integers
        long offset = (numerator + denominator - 1) / denominator;
        return Math.toIntExact(min + offset);
    }

    /** The derived pass threshold for the range [min, max] (DEF-06, DEF-08). */
    public static int threshold(int min, int max) {
        return map(SEED_THRESHOLD, min, max);
    }

    /**
     * The derived band edges for [min, max]: one {@code int[]{from, to}} per band, low to high. A
     * band may come out empty ({@code from > to}) for tiny ranges; the validator then refuses the
     * methodology (DEF-08).
     */
    public static List<int[]> bandEdges(int min, int max) {
        ImmutableList.Builder<int[]> out = ImmutableList.builder();
        int from = min;
        for (int seedEdge : SEED_BAND_LOWER_EDGES) {
            int next = map(seedEdge, min, max);
            out.add(new int[] {from, next - 1});
            from = next;
        }
        out.add(new int[] {from, max});
        return out.build();
    }
}

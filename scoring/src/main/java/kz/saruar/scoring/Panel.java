package kz.saruar.scoring;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The defense jury as convened (DEF-03): the seated jurors, whose roles must match the
 * methodology's composition, and optional substitutes who score a project in place of a recused
 * juror of the same role when the methodology's conflict policy is {@code SUBSTITUTE} (DEF-09).
 * Check it with {@link JuryCheck#check}.
 *
 * @param jurors the seated jurors
 * @param substitutes the reserve jurors (may be empty)
 */
public record Panel(List<Juror> jurors, List<Juror> substitutes) {
    /** Refuses nulls and copies lists. */
    public Panel {
        jurors = ImmutableList.copyOf(Objects.requireNonNull(jurors, "jurors"));
        substitutes = ImmutableList.copyOf(Objects.requireNonNull(substitutes, "substitutes"));
    }

    /** A panel without substitutes. */
    public static Panel of(List<Juror> jurors) {
        return new Panel(jurors, List.of());
    }

    /** A panel with substitutes. */
    public static Panel of(List<Juror> jurors, List<Juror> substitutes) {
        return new Panel(jurors, substitutes);
    }

    /** This panel with these substitutes. */
    public Panel withSubstitutes(List<Juror> newSubstitutes) {
        return new Panel(jurors, newSubstitutes);
    }

    /** Seated jurors, then substitutes. */
    public Stream<Juror> everyone() {
        return Stream.concat(jurors.stream(), substitutes.stream());
    }

    /** The seated juror or substitute with this ID. */
    public Optional<Juror> find(String id) {
        Objects.requireNonNull(id, "id");
        return everyone().filter(j -> j.id().equals(id)).findFirst();
    }
}

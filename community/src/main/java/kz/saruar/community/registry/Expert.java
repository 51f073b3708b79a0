package kz.saruar.community.registry;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.json.Personal;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.NonNegative;

/**
 * An entry of the expert registry (PLT-01): areas of expertise (CAT-05), directions (CAT-01),
 * working languages, region, format (EXP-02), engagement (HUB-02), monthly capacity in projects and
 * current load (HUB-01), and the projects they have a conflict of interest with. The person's
 * name and contacts are in a separate {@link Personal} {@link Contact}.
 *
 * @param id                  the registry identifier, e.g. {@code E-01}
 * @param contact             the person's personal data
 * @param format              mentor-expert or expert
 * @param competencies        CAT-05 area codes
 * @param directions          CAT-01 direction codes
 * @param languages           working languages, e.g. {@code KK}, {@code RU}, {@code EN}
 * @param region              the region's code
 * @param engagement          paid part-time or pro bono
 * @param company             the company that lends a pro-bono expert
 * @param capacityPerMonth    how many projects the expert can curate this month
 * @param currentLoad         how many projects the expert curates now
 * @param conflictsOfInterest project identifiers the expert must not curate
 */
@Cites("PLT-01")
public record Expert(
        String id,
        Contact contact,
        ExpertFormat format,
        @Code List<String> competencies,
        @Code List<String> directions,
        @Code List<String> languages,
        @Code String region,
        Engagement engagement,
        Optional<String> company,
        @NonNegative int capacityPerMonth,
        @NonNegative int currentLoad,
        List<String> conflictsOfInterest) {
    /** Refuses nulls and copies the lists. */
    public Expert {
        Arguments.nonNull("id", id, "contact", contact, "format", format);
        competencies = ImmutableList.copyOf(Objects.requireNonNull(competencies, "competencies"));
        directions = ImmutableList.copyOf(Objects.requireNonNull(directions, "directions"));
        languages = ImmutableList.copyOf(Objects.requireNonNull(languages, "languages"));
        Arguments.nonNull("region", region, "engagement", engagement, "company", company);
        conflictsOfInterest = ImmutableList.copyOf(Objects.requireNonNull(conflictsOfInterest, "conflictsOfInterest"));
    }

    /** Projects the expert can still take this month (never negative). */
    public int freeCapacity() {
        return Math.max(0, capacityPerMonth - currentLoad);
    }

    /** This expert with the personal data erased. */
    public Expert withContactErased() {
        return new Expert(id, Contact.erased(), format, competencies, directions, languages, region, engagement, company,
                capacityPerMonth, currentLoad, conflictsOfInterest);
    }

    @Override
    public String toString() {
        return "Expert[" + id + ", " + format + ", " + engagement + ", " + competencies + "]";
    }
}

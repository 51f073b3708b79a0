package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.PersonalDataPolicy;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import net.jqwik.api.ForAll;
import net.jqwik.api.Assume;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * LFT-06 idempotency across versions: the fingerprint of an application command, which the
 * journal keeps, is the SHA-256 of {@code type}, {@code actor}, {@code project} and
 * {@code ApplicationJson.write(application, OMIT)}. The cohort writes the application once and
 * derives that text from its tree; these properties hold it to the definition, so that a command
 * retried after an upgrade is still recognised.
 */
class ApplicationFingerprintProperties {
    private static final Actor TEAM = Actor.of("team-1", ActorRole.TEAM);

    @Property(tries = 60)
    void the_fingerprint_of_an_application_command_is_the_hash_of_its_application_without_personal_data(
            @ForAll @AlphaChars @Chars({' ', '"', '\\', 'ә', 'Ү'}) @StringLength(min = 1, max = 40) String fullName,
            @ForAll @AlphaChars @Chars({' ', '"', 'ғ'}) @StringLength(min = 1, max = 30) String role,
            @ForAll @IntRange(min = 0, max = 3) int teamSize, @ForAll @AlphaChars @StringLength(min = 1, max = 12) String project) {
        ProjectApplication a = variant(fullName, role, teamSize);
        for (CohortCommand c : new CohortCommand[] {new CohortCommand.SubmitApplication("k", TEAM, project.trim().isEmpty()
                ? "p" : project, a), new CohortCommand.UpdateApplication("k", TEAM, project.trim().isEmpty() ? "p" : project, a)}) {
            String p = c instanceof CohortCommand.SubmitApplication s ? s.project() : ((CohortCommand.UpdateApplication) c).project();
            ObjectNode definition = CohortJson.MAPPER.createObjectNode();
            definition.put("type", c.type());
            definition.put("actor", TEAM.id() + "/" + TEAM.role());
            definition.put("project", p);
            definition.put("application", ApplicationJson.write(a, PersonalDataPolicy.OMIT));
            assertThat(Cohort.fingerprint(c, Applications.written(a)))
                    .isEqualTo(EventCodec.FORMAT.fingerprint(c.type(), definition));
        }
    }

    private static ProjectApplication variant(String fullName, String role, int teamSize) {
        ObjectNode tree;
        try {
            tree = (ObjectNode) CohortJson.MAPPER.readTree(Fixture.applicationJson());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ((ObjectNode) tree.get("applicant")).put("fullName", fullName);
        ArrayNode team = (ArrayNode) tree.get("team");
        while (team.size() > teamSize) {
            team.remove(team.size() - 1);
        }
        for (int i = 0; i < team.size(); i++) {
            ((ObjectNode) team.get(i)).put("role", role);
        }
        // the value as a caller builds it: a variant the reader refuses (e.g. a blank name) is not a try
        var read = ApplicationJson.read(tree.toString(), Clock.fixed(Fixture.START, Kazakhstan.ZONE));
        Assume.that(read.accepted());
        Statistics.label("team").collect(teamSize);
        return read.value().orElseThrow();
    }
}

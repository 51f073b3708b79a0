package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * LFT-06 idempotency across versions: the fingerprint of every command other than an application
 * or a lifecycle command is the SHA-256 of {@code type}, {@code actor} and the command's JSON tree
 * ({@code valueToTree}), as the journal keeps it. The cohort writes the command in place instead
 * of building the tree; this holds it to the definition, so that a command retried after an
 * upgrade is still recognised.
 */
class CommandFingerprintProperties {

    @Property(tries = 400)
    void the_fingerprint_of_a_command_is_the_hash_of_its_json_tree(@ForAll("commands") CohortCommand c) {
        ObjectNode definition = CohortJson.MAPPER.createObjectNode();
        definition.put("type", c.type());
        definition.put("actor", c.actor().id() + "/" + c.actor().role());
        definition.set("command", CohortJson.MAPPER.valueToTree(c));
        assertThat(Cohort.fingerprint(c, null)).isEqualTo(EventCodec.FORMAT.fingerprint(c.type(), definition));
        Statistics.label("type").collect(c.type());
    }

    /** Every command type that is fingerprinted by its tree, with texts of quotes, escapes, Kazakh letters and an emoji. */
    @Provide
    Arbitrary<CohortCommand> commands() {
        Arbitrary<String> text = Arbitraries.strings().withChars("aZ09 -_\"\\/әҚ\u00e9\n\t")
                .ofMinLength(1).ofMaxLength(16).filter(t -> !t.isBlank() && Character.isLetterOrDigit(t.charAt(0)))
                .map(t -> t.length() % 3 == 0 ? t + "\uD83D\uDE00" : t);
        Arbitrary<String> key = text.map(t -> "k-" + t);
        Arbitrary<Actor> actor = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of(ActorRole.values())).as(Actor::of);
        Arbitrary<Instant> instant = Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 40_000).map(d -> LocalDate.EPOCH.plusDays(d));
        Arbitrary<Integer> score = Arbitraries.integers().between(-5, 12);
        return Arbitraries.oneOf(
                Combinators.combine(key, actor, text, text).as(CohortCommand.CheckEligibility::new),
                Combinators.combine(key, actor, text, instant, instant).as(CohortCommand.PublishAvailability::new),
                Combinators.combine(key, actor, text, text, instant).as(CohortCommand.BookConsultation::new),
                Combinators.combine(key, actor, text).as(CohortCommand.MarkConsultationHeld::new),
                Combinators.combine(key, actor, text).as(CohortCommand.CancelConsultation::new),
                Combinators.combine(key, actor, text, text).as(CohortCommand.RecordConsultationNoShow::new),
                Combinators.combine(key, actor, text, text, date, date).as(CohortCommand.IssueCertificates::new),
                Combinators.combine(key, actor, text).as(CohortCommand.ErasePersonalData::new),
                Combinators.combine(key, actor, date, text, score).as((k, a, d, project, s) ->
                        new CohortCommand.HoldDefense(k, a, d, Journey.PANEL, List.of(project, "P-2"),
                                Map.of(project, "EXP-1"), Journey.sheets(project, s))));
    }
}

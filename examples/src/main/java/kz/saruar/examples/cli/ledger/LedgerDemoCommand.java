package kz.saruar.examples.cli.ledger;

import kz.saruar.examples.cli.CliCommand;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.model.Rules;
import kz.saruar.ledger.AccountId;
import kz.saruar.ledger.AccountKind;
import kz.saruar.ledger.ActorId;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.saruar.ledger.JournalRecord;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.ledger.IdempotencyKey;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.ledger.OfferId;
import kz.saruar.model.methodology.Methodology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code saruar ledger demo DIR}: writes a small SOCIAL LIFT story into a new ledger directory —
 * accounts, market offers, an issue refused for coverage (LFT-04), an issue within it (LFT-01),
 * a reward (LFT-02), a purchase (LFT-03), a repeated command (LFT-07) — so that {@code verify},
 * {@code statement} and {@code coverage} have a journal to read.
 */
@Command(name = "demo", description = "Write a small example journal into a new directory DIR (LFT-01..07).")
public final class LedgerDemoCommand extends CliCommand {
    private static final ZoneId ALMATY = kz.saruar.model.Kazakhstan.ZONE;

    @Parameters(index = "0", paramLabel = "DIR", description = "A new or empty directory for the ledger.")
    Path dir;

    /** An accepted command's journal record as JSON: command, key, sequence, time and hash. */
    private static ObjectNode recordJson(JournalRecord r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("command", r.command().getClass().getSimpleName());
        n.put("key", r.command().key().value());
        n.put("sequence", r.sequence());
        n.put("at", r.at().toString());
        n.put("hash", r.hash().hex());
        return n;
    }

    @Override
    protected int run(Console console) throws Exception {
        PrintWriter out = console.out();
        boolean json = console.json();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return console.refuse(List.of(Reason.of("NOT_A_DIRECTORY", Rules.LFT_06, "$", CliText.NOT_A_DIRECTORY.text(dir))),
                    ExitCodes.UNREADABLE);
        }
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return console.refuse(List.of(Reason.of("DIRECTORY_NOT_EMPTY", Rules.LFT_06, "$",
                            CliText.DIR_NOT_EMPTY.text(dir))), ExitCodes.REFUSED);
                }
            }
        }
        LedgerPolicy policy = LedgerPolicy.from(Methodology.standard().ledger());
        ActorId platform = policy.platform();
        AccountId eco = AccountId.of("project:eco");
        ActorId ecoTeam = ActorId.of("team:eco");
        AccountId participantAccount = AccountId.of("participant:p-001");
        ActorId participant = ActorId.of("person:p-001");
        AccountId cafe = AccountId.of("business:cafe");
        ActorId cafeOwner = ActorId.of("owner:cafe");
        List<LedgerCommand> story = List.of(
                new LedgerCommand.OpenAccount(IdempotencyKey.of("open-eco"), platform, eco, AccountKind.PROJECT,
                        ecoTeam, Optional.empty()),
                new LedgerCommand.OpenAccount(IdempotencyKey.of("open-p-001"), platform, participantAccount,
                        AccountKind.PARTICIPANT, participant, Optional.of(eco)),
                new LedgerCommand.OpenAccount(IdempotencyKey.of("open-cafe"), platform, cafe, AccountKind.BUSINESS,
                        cafeOwner, Optional.empty()),
                new LedgerCommand.ListOffer(IdempotencyKey.of("offer-workshop"), ecoTeam, OfferId.of("workshop"), eco,
                        100, 5, Optional.of("IT_LITERACY")),
                new LedgerCommand.ListOffer(IdempotencyKey.of("offer-coffee"), cafeOwner, OfferId.of("coffee"), cafe,
                        20, 25, Optional.empty()),
                new LedgerCommand.Issue(IdempotencyKey.of("issue-1"), platform, eco, 1_500),
                new LedgerCommand.Issue(IdempotencyKey.of("issue-2"), platform, eco, 800),
                new LedgerCommand.Reward(IdempotencyKey.of("reward-1"), ecoTeam, eco, participantAccount, 200,
                        Optional.of("IT_LITERACY")),
                new LedgerCommand.Purchase(IdempotencyKey.of("buy-coffee-1"), participant, participantAccount,
                        OfferId.of("coffee"), 2),
                new LedgerCommand.Purchase(IdempotencyKey.of("buy-coffee-1"), participant, participantAccount,
                        OfferId.of("coffee"), 2),
                new LedgerCommand.Reward(IdempotencyKey.of("reward-2"), ecoTeam, eco, participantAccount, 5_000,
                        Optional.empty()));
        try (Ledger ledger = Ledger.openDirectory(dir, policy, Clock.system(ALMATY))) {
            ArrayNode outcomes = JsonNodeFactory.instance.arrayNode();
            for (LedgerCommand c : story) {
                Outcome<JournalRecord> d = ledger.submit(c);
                if (json) {
                    outcomes.add(DecisionJson.toJson(d, LedgerDemoCommand::recordJson, console.language()));
                } else if (d.refused()) {
                    Reason r = d.reasons().get(0);
                    console.line(CliText.DEMO_REFUSED, c.getClass().getSimpleName(), r.rule(), r.message().get(console.language()));
                } else {
                    console.line(CliText.DEMO_ACCEPTED, c.getClass().getSimpleName(), d.value().orElseThrow().sequence());
                }
            }
            if (json) {
                return console.accepted(outcomes, o -> JsonNodeFactory.instance.objectNode().put("directory", dir.toString())
                        .set("outcomes", o));
            }
        }
        out.println();
        console.line(CliText.DEMO_NEXT, "saruar ledger verify " + dir + " ; saruar ledger statement " + dir + " " + eco
                + " ; saruar ledger coverage " + dir);
        return console.done(ExitCodes.OK);
    }
}

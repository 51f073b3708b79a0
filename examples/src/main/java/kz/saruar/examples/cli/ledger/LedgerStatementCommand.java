package kz.saruar.examples.cli.ledger;

import kz.saruar.examples.cli.CliCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import java.util.List;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Reason;
import kz.saruar.ledger.Account;
import kz.saruar.ledger.AccountId;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.Statement;
import kz.saruar.spi.storage.JournalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code saruar ledger statement DIR ACCOUNT [--json]}: an account's statement and turnover (LFT-06). */
@Command(name = "statement", description = "Print the statement of ACCOUNT from the journal in DIR (LFT-06).")
public final class LedgerStatementCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The ledger directory.")
    Path dir;

    @Parameters(index = "1", paramLabel = "ACCOUNT", description = "The account, e.g. project:eco.")
    String account;

    @Option(names = "--from", description = "First day (yyyy-mm-dd, Asia/Almaty); default: the journal's first day.")
    Optional<LocalDate> from = Optional.empty();

    @Option(names = "--to", description = "Last day, inclusive; default: the journal's last day.")
    Optional<LocalDate> to = Optional.empty();

    @Override
    protected int run(Console c) {
        AccountId id;
        try {
            id = AccountId.of(account);
        } catch (IllegalArgumentException e) {
            return c.refuse(List.of(Reason.of("INVALID_ACCOUNT", Rules.LFT_07, account,
                    CliText.BAD_ACCOUNT.text(account))), ExitCodes.REFUSED);
        }
        return JournalOpening.read(dir, c, store -> statement(store, id, c));
    }

    private int statement(JournalStore store, AccountId id, Console c) {
        try (Ledger ledger = Ledger.openExisting(store, Clock.systemUTC())) {
            return statement(ledger, store, id, c);
        }
    }

    private int statement(Ledger ledger, JournalStore store, AccountId id, Console c) {
        Optional<Account> acc = ledger.account(id);
        if (acc.isEmpty()) {
            return c.refuse(List.of(Reason.of("UNKNOWN_ACCOUNT", Rules.LFT_07, account,
                    CliText.NO_ACCOUNT.text(id, dir))), ExitCodes.REFUSED);
        }
        LocalDate[] span = JournalSpan.of(store, ledger.policy().zone());
        // a default end never precedes a given start, nor a default start a given end: a period
        // outside the journal gives an empty statement, not an error
        LocalDate first = from.orElseGet(() -> to.filter(t -> t.isBefore(span[0])).orElse(span[0]));
        LocalDate last = to.orElseGet(() -> from.filter(f -> f.isAfter(span[1])).orElse(span[1]));
        if (last.isBefore(first)) {
            return c.refuse(List.of(Reason.of("PERIOD_REVERSED", Rules.LFT_06, "--from",
                    CliText.PERIOD_REVERSED.text(first, last))), ExitCodes.REFUSED);
        }
        Statement s = ledger.statement(id, first, last);
        boolean outside = last.isBefore(span[0]) || first.isAfter(span[1]);
        if (c.json()) {
            return c.accepted(s, x -> toJson(x, acc.get()));
        }
        PrintWriter out = c.out();
        c.line(CliText.STATEMENT_HEADING, id, acc.get().kind(), s.from(), s.to(), s.zone());
        if (outside) {
            c.line(CliText.STATEMENT_OUTSIDE, span[0], span[1]);
        }
        c.line(CliText.OPENING_BALANCE, s.openingBalance());
        for (Statement.Line l : s.lines()) {
            out.printf("  #%-8d %s  %-11s %-24s %+d  → %d%n", l.sequence(), l.at(), l.kind(), l.counterparty(),
                    l.amount(), l.balanceAfter());
        }
        c.line(CliText.TURNOVER, s.creditTurnover(), s.debitTurnover());
        c.line(CliText.CLOSING_BALANCE, s.closingBalance());
        return c.done(ExitCodes.OK);
    }

    private static ObjectNode toJson(Statement s, Account a) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("account", s.account().value());
        root.put("kind", a.kind().name());
        root.put("from", s.from().toString());
        root.put("to", s.to().toString());
        root.put("zone", s.zone().getId());
        root.put("openingBalance", s.openingBalance());
        root.put("closingBalance", s.closingBalance());
        root.put("creditTurnover", s.creditTurnover());
        root.put("debitTurnover", s.debitTurnover());
        ObjectNode byKind = root.putObject("turnoverByKind");
        s.turnoverByKind().forEach((k, v) -> byKind.put(k.name(), v));
        ArrayNode lines = root.putArray("lines");
        for (Statement.Line l : s.lines()) {
            ObjectNode n = lines.addObject();
            n.put("sequence", l.sequence());
            n.put("at", l.at().toString());
            n.put("kind", l.kind().name());
            n.put("counterparty", l.counterparty().value());
            n.put("amount", l.amount());
            n.put("balanceAfter", l.balanceAfter());
        }
        return root;
    }
}

package kz.saruar.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kz.saruar.model.Arguments;

/**
 * The statement of one LIFTCOIN account for a period of whole days (LFT-06: statements and
 * turnover per account): opening and closing balance, debit and credit turnover, turnover by kind,
 * and every posting with the balance after it.
 *
 * @param account        the account
 * @param from           the first day
 * @param to             the last day, inclusive
 * @param zone           the zone in which days are counted
 * @param openingBalance the balance at the start of {@code from}
 * @param closingBalance the balance at the end of {@code to}
 * @param debitTurnover  points that left the account in the period
 * @param creditTurnover points that arrived in the period
 * @param turnoverByKind points moved in or out in the period, by kind
 * @param lines          the postings in the period, in journal order
 */
public record Statement(AccountId account, LocalDate from, LocalDate to, ZoneId zone, long openingBalance,
        long closingBalance, long debitTurnover, long creditTurnover, Map<EntryKind, Long> turnoverByKind,
        List<Line> lines) {
    /** Refuses nulls, a reversed period, and copies collections. */
    public Statement {
        Arguments.nonNull("account", account, "from", from, "to", to, "zone", zone);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("statement period ends before it starts: " + from + ".." + to);
        }
        turnoverByKind = ImmutableMap.copyOf(turnoverByKind);
        lines = ImmutableList.copyOf(lines);
    }

    /**
     * One posting on a statement.
     *
     * @param sequence     the journal record
     * @param at           when
     * @param kind         why
     * @param counterparty the other account
     * @param amount       positive when points arrived, negative when they left
     * @param balanceAfter the balance after the posting
     */
    public record Line(long sequence, Instant at, EntryKind kind, AccountId counterparty, long amount, long balanceAfter) {
        /** Refuses nulls. */
        public Line {
            Arguments.nonNull("at", at, "kind", kind, "counterparty", counterparty);
        }
    }
}

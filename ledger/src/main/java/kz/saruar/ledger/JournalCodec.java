package kz.saruar.ledger;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import kz.saruar.model.SaruarException;

/**
 * The canonical bytes of a journal record (LFT-06). Big-endian; strings as u16 length + UTF-8.
 *
 * <pre>
 * u8 format(=1) · u8 type · i64 sequence · i64 epochSecond · i32 nano · str key · str actor
 * · type fields · u16 n · n × (u8 entryKind · str from · str to · i64 amount)
 * · 32 bytes SHA-256(previous hash ‖ all bytes before) · u32 CRC32C(all bytes before)
 * </pre>
 */
final class JournalCodec {
    static final int FORMAT = 1;
    static final int HASH_SIZE = HashChain.HASH_SIZE;
    static final int TRAILER = HashChain.TRAILER;

    static final int GENESIS = 0;
    static final int OPEN_ACCOUNT = 1;
    static final int ISSUE = 2;
    static final int REWARD = 3;
    static final int FORUM_GRANT = 4;
    static final int LIST_OFFER = 5;
    static final int REPRICE = 6;
    static final int WITHDRAW = 7;
    static final int PURCHASE = 8;
    static final int PAY = 9;
    static final int CORRECTION = 10;
    static final int EXPIRE = 11;

    private static final AccountKind[] KINDS = AccountKind.values();
    private static final EntryKind[] ENTRY_KINDS = EntryKind.values();

    private byte[] buf = new byte[512];
    private int len;
    private final CRC32C crc = new CRC32C();

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new SaruarException("the JDK has no SHA-256", e);
        }
    }

    /** Encodes a record, chaining it onto {@code chain} (which advances), and returns its bytes. */
    byte[] encode(long sequence, Instant at, LedgerCommand command, List<Entry> entries, HashChain chain) {
        len = 0;
        u8(FORMAT);
        u8(typeOf(command));
        i64(sequence);
        i64(at.getEpochSecond());
        i32(at.getNano());
        str(command.key().value());
        str(command.actor().value());
        fields(command);
        u16(entries.size());
        for (int i = 0, n = entries.size(); i < n; i++) { // no iterator: this runs for every record
            Entry e = entries.get(i);
            u8(e.kind().ordinal());
            str(e.from().value());
            str(e.to().value());
            i64(e.amount());
        }
        int body = len;
        ensure(TRAILER);
        chain.seal(buf, body);
        len += HASH_SIZE;
        crc.reset();
        crc.update(buf, 0, len);
        i32((int) crc.getValue());
        return Arrays.copyOf(buf, len);
    }

    private static int typeOf(LedgerCommand c) {
        if (c instanceof LedgerCommand.PayForService) {
            return PAY;
        } else if (c instanceof LedgerCommand.Reward) {
            return REWARD;
        } else if (c instanceof LedgerCommand.Purchase) {
            return PURCHASE;
        } else if (c instanceof LedgerCommand.Issue) {
            return ISSUE;
        } else if (c instanceof LedgerCommand.OpenAccount) {
            return OPEN_ACCOUNT;
        } else if (c instanceof LedgerCommand.ForumGrant) {
            return FORUM_GRANT;
        } else if (c instanceof LedgerCommand.ListOffer) {
            return LIST_OFFER;
        } else if (c instanceof LedgerCommand.RepriceOffer) {
            return REPRICE;
        } else if (c instanceof LedgerCommand.WithdrawOffer) {
            return WITHDRAW;
        } else if (c instanceof LedgerCommand.Correction) {
            return CORRECTION;
        } else if (c instanceof LedgerCommand.ExpirePoints) {
            return EXPIRE;
        } else if (c instanceof LedgerCommand.Genesis) {
            return GENESIS;
        }
        throw new SaruarException("unknown command type: " + c.getClass().getName());
    }

    private void fields(LedgerCommand command) {
        if (command instanceof LedgerCommand.PayForService p) {
            str(p.payer().value());
            str(p.payee().value());
            i64(p.amount());
        } else if (command instanceof LedgerCommand.Reward r) {
            str(r.project().value());
            str(r.participant().value());
            i64(r.amount());
            opt(r.direction());
        } else if (command instanceof LedgerCommand.Purchase p) {
            str(p.buyer().value());
            str(p.offer().value());
            i64(p.quantity());
        } else if (command instanceof LedgerCommand.Issue i) {
            str(i.project().value());
            i64(i.amount());
        } else if (command instanceof LedgerCommand.OpenAccount o) {
            str(o.account().value());
            u8(o.kind().ordinal());
            str(o.owner().value());
            opt(o.project().map(AccountId::value));
        } else if (command instanceof LedgerCommand.ForumGrant f) {
            str(f.forum());
            str(f.recipient().value());
            i64(f.amount());
        } else if (command instanceof LedgerCommand.ListOffer l) {
            str(l.offer().value());
            str(l.seller().value());
            i64(l.price());
            i64(l.quantity());
            opt(l.direction());
        } else if (command instanceof LedgerCommand.RepriceOffer r) {
            str(r.offer().value());
            i64(r.newPrice());
        } else if (command instanceof LedgerCommand.WithdrawOffer w) {
            str(w.offer().value());
        } else if (command instanceof LedgerCommand.Correction c) {
            i64(c.correctedSequence());
        } else if (command instanceof LedgerCommand.ExpirePoints e) {
            str(e.account().value());
        } else if (command instanceof LedgerCommand.Genesis g) {
            str(g.issuer().value());
            str(g.coverageRatio().toPlainString());
            u8(g.retirePointsPaidToBusinesses() ? 1 : 0);
            u16(g.priorityDirections().size());
            for (String d : g.priorityDirections()) {
                str(d);
            }
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    private void u8(int v) {
        ensure(1);
        buf[len++] = (byte) v;
    }

    private void u16(int v) {
        if (v > 0xFFFF) {
            throw new SaruarException("too many items for a journal record: " + v);
        }
        ensure(2);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void i32(int v) {
        ensure(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void i64(long v) {
        i32((int) (v >>> 32));
        i32((int) v);
    }

    private void str(String s) {
        int n = s.length();
        if (n <= 0xFFFF) {
            // identifiers and keys are ASCII, whose UTF-8 is the chars themselves: no temporary array
            ensure(2 + n);
            int at = len + 2;
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                buf[at + i] = (byte) c;
                i++;
            }
            if (i == n) {
                u16(n);
                len += n;
                return;
            }
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u16(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    private void opt(Optional<String> s) {
        if (s.isPresent()) {
            u8(1);
            str(s.get());
        } else {
            u8(0);
        }
    }

    // ---- reading ----

    /** The sequence number of a record, read without decoding the rest; -1 if too short. */
    static long sequenceOf(byte[] r) {
        if (r.length < 10 + TRAILER) {
            return -1;
        }
        return Reader.readLong(r, 2);
    }

    /** Whether the record's CRC32C matches its bytes. */
    static boolean crcMatches(byte[] r, CRC32C crc) {
        if (r.length < TRAILER + 2) {
            return false;
        }
        crc.reset();
        crc.update(r, 0, r.length - 4);
        return (int) crc.getValue() == Reader.readInt(r, r.length - 4);
    }

    /** Decodes a record whose CRC and hash have been checked by the caller, or throws {@link MalformedRecordException}. */
    static JournalRecord decode(byte[] r) {
        try {
            Reader in = new Reader(r, r.length - TRAILER);
            int format = in.u8();
            if (format != FORMAT) {
                throw new MalformedRecordException("unknown record format " + format);
            }
            int type = in.u8();
            long sequence = in.i64();
            Instant at = Instant.ofEpochSecond(in.i64(), in.i32());
            IdempotencyKey key = IdempotencyKey.of(in.str());
            ActorId actor = ActorId.of(in.str());
            LedgerCommand command = switch (type) {
                case GENESIS -> {
                    AccountId issuer = AccountId.of(in.str());
                    BigDecimal ratio = new BigDecimal(in.str());
                    boolean retire = in.u8() == 1;
                    int n = in.u16();
                    List<String> dirs = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        dirs.add(in.str());
                    }
                    yield new LedgerCommand.Genesis(key, actor, issuer, ratio, retire, dirs);
                }
                case OPEN_ACCOUNT -> new LedgerCommand.OpenAccount(key, actor, AccountId.of(in.str()),
                        KINDS[in.u8()], ActorId.of(in.str()), in.opt().map(AccountId::of));
                case ISSUE -> new LedgerCommand.Issue(key, actor, AccountId.of(in.str()), in.i64());
                case REWARD -> new LedgerCommand.Reward(key, actor, AccountId.of(in.str()), AccountId.of(in.str()),
                        in.i64(), in.opt());
                case FORUM_GRANT -> new LedgerCommand.ForumGrant(key, actor, in.str(), AccountId.of(in.str()), in.i64());
                case LIST_OFFER -> new LedgerCommand.ListOffer(key, actor, OfferId.of(in.str()), AccountId.of(in.str()),
                        in.i64(), in.i64(), in.opt());
                case REPRICE -> new LedgerCommand.RepriceOffer(key, actor, OfferId.of(in.str()), in.i64());
                case WITHDRAW -> new LedgerCommand.WithdrawOffer(key, actor, OfferId.of(in.str()));
                case PURCHASE -> new LedgerCommand.Purchase(key, actor, AccountId.of(in.str()), OfferId.of(in.str()),
                        in.i64());
                case PAY -> new LedgerCommand.PayForService(key, actor, AccountId.of(in.str()), AccountId.of(in.str()),
                        in.i64());
                case CORRECTION -> new LedgerCommand.Correction(key, actor, in.i64());
                case EXPIRE -> new LedgerCommand.ExpirePoints(key, actor, AccountId.of(in.str()));
                default -> throw new MalformedRecordException("unknown command type " + type);
            };
            int n = in.u16();
            ImmutableList.Builder<Entry> entries = ImmutableList.builderWithExpectedSize(n);
            for (int i = 0; i < n; i++) {
                entries.add(new Entry(ENTRY_KINDS[in.u8()], AccountId.of(in.str()), AccountId.of(in.str()), in.i64()));
            }
            if (in.pos != r.length - TRAILER) {
                throw new MalformedRecordException((r.length - TRAILER - in.pos) + " unexpected bytes after the entries");
            }
            return new JournalRecord(sequence, at, command, entries.build(),
                    ChainHash.copyOf(r, r.length - TRAILER));
        } catch (MalformedRecordException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedRecordException(e.toString());
        }
    }

    /** A record whose bytes do not decode. */
    static final class MalformedRecordException extends SaruarException {
        private static final long serialVersionUID = 1L;

        MalformedRecordException(String message) {
            super("malformed journal record: " + message);
        }
    }

    private static final class Reader {
        private final byte[] b;
        private final int end;
        private int pos;

        Reader(byte[] b, int end) {
            this.b = b;
            this.end = end;
        }

        static int readInt(byte[] b, int p) {
            return (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
        }

        static long readLong(byte[] b, int p) {
            return (long) readInt(b, p) << 32 | (readInt(b, p + 4) & 0xFFFFFFFFL);
        }

        private void need(int n) {
            if (pos + n > end) {
                throw new MalformedRecordException("record ends early at byte " + pos);
            }
        }

        int u8() {
            need(1);
            return b[pos++] & 0xFF;
        }

        int u16() {
            need(2);
            int v = (b[pos] & 0xFF) << 8 | (b[pos + 1] & 0xFF);
            pos += 2;
            return v;
        }

        int i32() {
            need(4);
            int v = readInt(b, pos);
            pos += 4;
            return v;
        }

        long i64() {
            need(8);
            long v = readLong(b, pos);
            pos += 8;
            return v;
        }

        String str() {
            int n = u16();
            need(n);
            String s = new String(b, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        Optional<String> opt() {
            int present = u8();
            if (present > 1) {
                throw new MalformedRecordException("bad optional flag " + present);
            }
            return present == 1 ? Optional.of(str()) : Optional.empty();
        }
    }
}

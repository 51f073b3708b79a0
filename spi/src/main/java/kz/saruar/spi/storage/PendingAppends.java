package kz.saruar.spi.storage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The appends a journal store has accepted and not yet made durable (LFT-06), for a store that
 * writes them in groups from a writer thread, as the file and PostgreSQL stores do: each append
 * is answered, in order, once the store's durable end reaches its batch's end, or failed with the
 * rest when the store fails. Not thread-safe: the store guards it with its own lock and completes
 * what it {@linkplain #takeUpTo takes} outside that lock.
 */
public final class PendingAppends {
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();

    private record Pending(AppendResult result, CompletableFuture<AppendResult> future) {
    }

    /**
     * The batch copied, after the {@linkplain #check checks} {@link JournalStore#append} promises.
     *
     * @throws NullPointerException naming the null record
     * @throws IllegalArgumentException naming the empty or too long record
     */
    public static List<byte[]> copies(List<byte[]> batch, int maxRecordSize) {
        check(batch, maxRecordSize);
        List<byte[]> copies = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            copies.add(batch.get(i).clone());
        }
        return copies;
    }

    /**
     * Checks a batch as {@link JournalStore#append} promises, before a store keeps any of it: at
     * least one record, none null or empty, none longer than {@code maxRecordSize} bytes.
     *
     * @throws NullPointerException naming the null record
     * @throws IllegalArgumentException naming the empty or too long record
     */
    public static void check(List<byte[]> batch, int maxRecordSize) {
        Objects.requireNonNull(batch, "records");
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("an append needs at least one record");
        }
        for (int i = 0, n = batch.size(); i < n; i++) {
            byte[] r = batch.get(i);
            if (r == null) { // not requireNonNull(r, "record " + i): that builds the message for every record
                throw new NullPointerException("record " + i);
            }
            if (r.length == 0) {
                throw new IllegalArgumentException("record " + i + " of the batch is empty");
            }
            if (r.length > maxRecordSize) {
                throw new IllegalArgumentException("record " + i + " has " + r.length + " bytes, more than " + maxRecordSize);
            }
        }
    }

    /** Queues the append of {@code count} records at {@code first}, answered through {@code future}. */
    public void add(long first, int count, CompletableFuture<AppendResult> future) {
        queue.add(new Pending(new AppendResult(first, count), Objects.requireNonNull(future, "future")));
    }

    /** Takes the appends whose records all lie before {@code durableEnd}, to {@linkplain Taken#complete complete}. */
    public Taken takeUpTo(long durableEnd) {
        List<Pending> done = new ArrayList<>();
        while (!queue.isEmpty() && queue.peekFirst().result().nextPosition() <= durableEnd) {
            done.add(queue.pollFirst());
        }
        return new Taken(done);
    }

    /** Takes every queued append, to {@linkplain Taken#fail fail}. */
    public Taken takeAll() {
        Taken all = new Taken(new ArrayList<>(queue));
        queue.clear();
        return all;
    }

    /** Appends taken from the queue, to be answered outside the store's lock. */
    public static final class Taken {
        private final List<Pending> appends;

        private Taken(List<Pending> appends) {
            this.appends = appends;
        }

        /** Gives each append's future to {@code action} (a store may prepare its own futures before answering them). */
        public void forEachFuture(Consumer<CompletableFuture<AppendResult>> action) {
            for (Pending p : appends) {
                action.accept(p.future());
            }
        }

        /** Answers each append with its positions. */
        public void complete() {
            for (Pending p : appends) {
                p.future().complete(p.result());
            }
        }

        /** Fails each append with the exception {@code why} gives for its positions. */
        public void fail(Function<AppendResult, ? extends Throwable> why) {
            Objects.requireNonNull(why, "why");
            for (Pending p : appends) {
                p.future().completeExceptionally(why.apply(p.result()));
            }
        }
    }
}

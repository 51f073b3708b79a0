package kz.saruar.storage.postgresql;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.PositionConflictException;

/**
 * A second JVM racing for a stream (run by {@link MultiNodeRaceTest}): appends {@code count}
 * records named {@code <name>:<i>}, retrying at the new end on a conflict, and prints
 * {@code ACK <position> <name>:<i>} for each acknowledged one and {@code CONFLICTS <n>} at the end.
 * Arguments: location URI, name, count.
 */
public final class RaceChild {
    private RaceChild() {
    }

    public static void main(String[] args) throws Exception {
        URI location = URI.create(args[0]);
        String name = args[1];
        int count = Integer.parseInt(args[2]);
        int conflicts = 0;
        try (PostgresJournalStore store = PostgresJournalStore.open(location)) {
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; i < count; i++) {
                String payload = name + ":" + i;
                while (true) {
                    try {
                        AppendResult r = store.append(store.endPosition(), List.of(payload.getBytes(StandardCharsets.UTF_8))).get();
                        System.out.println("ACK " + r.firstPosition() + " " + payload);
                        break;
                    } catch (PositionConflictException e) {
                        conflicts++;
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof PositionConflictException)) {
                            throw e;
                        }
                        conflicts++;
                    }
                }
            }
        }
        System.out.println("CONFLICTS " + conflicts);
        System.out.flush();
    }
}

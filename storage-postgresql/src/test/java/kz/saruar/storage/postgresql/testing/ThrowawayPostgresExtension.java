package kz.saruar.storage.postgresql.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts one {@link ThrowawayPostgres} cluster for the whole test run
 * (kept in the root context's store, so it is stopped and deleted when the run ends) and hands it
 * to constructors, lifecycle and test methods that take a {@code ThrowawayPostgres} parameter.
 *
 * <pre>{@code
 * @ExtendWith(ThrowawayPostgresExtension.class)
 * class MyTest {
 *     @Test void works(ThrowawayPostgres pg) { String url = pg.newDatabase(); … }
 * }
 * }</pre>
 */
public final class ThrowawayPostgresExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ThrowawayPostgresExtension.class);

    /** For JUnit. */
    public ThrowawayPostgresExtension() {
    }

    /** The run's shared cluster, started on first use. */
    public static ThrowawayPostgres shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("cluster", k -> new Resource(ThrowawayPostgres.shared()), Resource.class).pg;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == ThrowawayPostgres.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return shared(extensionContext);
    }

    /** Closed by JUnit (5.13 and later close AutoCloseable store values) when the root context ends. */
    private record Resource(ThrowawayPostgres pg) implements AutoCloseable {
        @Override
        public void close() {
            pg.close();
        }
    }
}

package kz.saruar.jqwik;

import java.util.Set;
import kz.saruar.model.methodology.Methodology;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes {@code @ForAll Methodology m} work in any jqwik property: valid adaptations of the standard
 * methodology ({@link SaruarArbitraries#adaptations}). Registered in
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 */
public final class MethodologyArbitraryProvider implements ArbitraryProvider {
    /** For {@link java.util.ServiceLoader}. */
    public MethodologyArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(Methodology.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(SaruarArbitraries.adaptations(Methodology.standard()).map(Adaptation::methodology));
    }
}

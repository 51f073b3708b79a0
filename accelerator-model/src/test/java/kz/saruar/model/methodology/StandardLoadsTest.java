package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardLoadsTest {
    @Test
    void FMT_01_the_standard_methodology_is_valid() {
        MethodologyResult r = Methodology.loader().withoutDiscovery().standard();
        assertThat(r.problems()).isEmpty();
        assertThat(r.isValid()).isTrue();
    }
}

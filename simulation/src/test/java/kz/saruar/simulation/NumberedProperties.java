package kz.saruar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The simulation's identifiers are the ones {@code String.format} gave before. */
class NumberedProperties {

    @Property
    void a_numbered_identifier_is_what_the_formatter_gives(
            @ForAll @AlphaChars @StringLength(min = 1, max = 3) String prefix,
            @ForAll @IntRange(min = 0, max = 2_000_000) int number,
            @ForAll @IntRange(min = 1, max = 8) int width) {
        assertThat(Numbered.of(prefix, number, width))
                .isEqualTo(String.format(Locale.ROOT, prefix.replace("%", "%%") + "%0" + width + "d", number));
    }
}

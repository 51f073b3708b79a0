package kz.saruar.scheduling.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IcsFoldingProperties {
    @Provide
    Arbitrary<String> lines() {
        // ASCII, Kazakh/Russian Cyrillic, CJK and astral emoji mixed: 1- to 4-octet characters.
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~');
        Arbitrary<String> cyrillic = Arbitraries.strings().withChars("ӘәҒғҚқҢңӨөҰұҮүҺһІіАаБбЖжЩщЁё");
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('一', '龥');
        Arbitrary<String> emoji = Arbitraries.of("🚀", "👩‍💻", "𝄞", "😀");
        return Arbitraries.oneOf(ascii, cyrillic, cjk, emoji).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void folding_then_unfolding_is_the_identity(@ForAll("lines") String line) {
        assertThat(IcsLines.unfold(IcsLines.fold(line))).isEqualTo(line);
    }

    @Property(tries = 1000)
    void every_folded_line_fits_75_octets_and_is_valid_utf8(@ForAll("lines") String line) {
        for (String physical : IcsLines.fold(line).split("\r\n", -1)) {
            byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            // A split surrogate pair would not survive the UTF-8 round trip.
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical);
        }
    }

    @Property(tries = 500)
    void escaping_then_unescaping_is_the_identity(@ForAll("lines") String text) {
        String withSpecials = text + ";,\\\n" + text;
        assertThat(IcsLines.unescapeText(IcsLines.escapeText(withSpecials))).isEqualTo(withSpecials);
    }
}

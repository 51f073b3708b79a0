package kz.saruar.model.lifecycle;

import java.util.List;
import java.util.Map;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;

/** Builds the kk/ru/en messages of this package; {@code {0}}, {@code {1}}… are replaced literally (no MessageFormat quoting rules). */
final class Texts {
    private Texts() {
    }

    static LocalizedText of(String kk, String ru, String en, Object... args) {
        return LocalizedText.of(Map.of(Language.KK, fill(kk, args), Language.RU, fill(ru, args),
                Language.EN, fill(en, args)), List.of(Language.KK, Language.EN));
    }

    static String fill(String pattern, Object... args) {
        String s = pattern;
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}

package kz.saruar.model.validation;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;

/**
 * The words of a {@link ProblemKind#WRONG_TYPE} message in each language: the readers name what
 * they expected and what they found in English ({@code "an integer"}, {@code the string "x"}),
 * which stays in the reason's figures for programs; the message says it in the reader's language
 * (FMT-03: every text in kk, ru and en). Kazakh and Russian are Saruar's translations.
 */
final class TypeWords {
    private static final String[] NUMBER = {"сан", "число"};
    private static final String[] STRING = {"мәтін", "строка"};
    private static final String[] ARRAY = {"тізім (массив)", "список (массив)"};
    private static final String[] BOOLEAN = {"true не false", "true или false"};

    /**
     * kk and ru for each English phrase the readers use; a node's bare type word (as a document's
     * data reports it: {@code array}, {@code string}, …) reads as the readers' phrase for it.
     */
    private static final Map<String, String[]> WORDS = ImmutableMap.<String, String[]>builder()
            .put("an integer", new String[] {"бүтін сан", "целое число"})
            .put("a number", NUMBER)
            .put("a string", STRING)
            .put("an array", ARRAY)
            .put("an object", new String[] {"объект", "объект"})
            .put("true or false", BOOLEAN)
            .put("a date YYYY-MM-DD", new String[] {"ЖЖЖЖ-АА-КК күні", "дата ГГГГ-ММ-ДД"})
            .put("a time HH:MM", new String[] {"СС:ММ уақыты", "время ЧЧ:ММ"})
            .put("a rule ID such as DEF-06", new String[] {"DEF-06 сияқты ереже ID-і", "ID правила вида DEF-06"})
            .put("a text object {kk, ru, en}", new String[] {"{kk, ru, en} мәтін объектісі", "текстовый объект {kk, ru, en}"})
            .put("an ISO date or a date-time with offset", new String[] {"ISO күні не ығысуы бар күн-уақыт",
                    "дата ISO или дата-время со смещением"})
            .put("null", new String[] {"null", "null"})
            .put("array", ARRAY)
            .put("string", STRING)
            .put("number", NUMBER)
            .put("boolean", BOOLEAN)
            .build();

    private TypeWords() {
    }

    /** {@code english} (one of the readers' phrases) in the three languages. */
    static LocalizedText of(String english) {
        return LocalizedText.of(in(Language.KK, english), in(Language.RU, english), english);
    }

    /** {@code english} in {@code lang}; a phrase it does not know stays as it is. */
    private static String in(Language lang, String english) {
        if (lang == Language.EN) {
            return english;
        }
        int i = lang == Language.KK ? 0 : 1;
        String[] known = WORDS.get(english);
        if (known != null) {
            return known[i];
        }
        if (english.startsWith("one of ")) {
            return (i == 0 ? "мыналардың бірі: " : "одно из: ") + english.substring("one of ".length());
        }
        if (english.startsWith("the string ")) {
            String quoted = english.substring("the string ".length());
            return i == 0 ? quoted + " мәтіні" : "строка " + quoted;
        }
        if (english.startsWith("the number ")) {
            String n = english.substring("the number ".length());
            return i == 0 ? n + " саны" : "число " + n;
        }
        return english;
    }
}

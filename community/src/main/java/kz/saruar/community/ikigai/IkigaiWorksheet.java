package kz.saruar.community.ikigai;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.json.JsonReader;

/**
 * The ikigai worksheet of a social initiative (CAT-08, seed P): three lists — what people want
 * («Чего хотят»), what the initiative can do («Что могут»), what is needed («Что нужно») — and
 * the items they share. Items match when equal ignoring case and surrounding spaces.
 *
 * @param initiative the initiative's name
 * @param want       what people want
 * @param can        what the initiative can do
 * @param need       what is needed
 */
public record IkigaiWorksheet(String initiative, List<String> want, List<String> can, List<String> need) {
    /** The document kind of the worksheet's templates. */
    public static final String DOCUMENT_KIND = "IKIGAI_WORKSHEET";

    /** Refuses nulls; copies the lists. */
    public IkigaiWorksheet {
        Objects.requireNonNull(initiative, "initiative");
        want = ImmutableList.copyOf(Objects.requireNonNull(want, "want"));
        can = ImmutableList.copyOf(Objects.requireNonNull(can, "can"));
        need = ImmutableList.copyOf(Objects.requireNonNull(need, "need"));
    }

    /** Reads a worksheet from a JSON file ({@code initiative, want[], can[], need[]}; strict reader, CAT-08). */
    public static Outcome<IkigaiWorksheet> read(Path file) {
        return JsonReader.forRule(Rules.CAT_08).read(file, IkigaiWorksheet.class);
    }

    /** Reads a worksheet from a JSON text. */
    public static Outcome<IkigaiWorksheet> parse(String json) {
        return JsonReader.forRule(Rules.CAT_08).read(json, IkigaiWorksheet.class);
    }

    /** The items in all three lists, in the order of {@link #want()}. */
    public List<String> intersection() {
        return shared(want, can, need);
    }

    /** Items wanted and possible, not (yet) needed. */
    public List<String> wantAndCan() {
        return shared(want, can);
    }

    /** Items possible and needed. */
    public List<String> canAndNeed() {
        return shared(can, need);
    }

    /** Items wanted and needed. */
    public List<String> wantAndNeed() {
        return shared(want, need);
    }

    @SafeVarargs
    private static List<String> shared(List<String> first, List<String>... others) {
        List<Set<String>> keys = new ArrayList<>();
        for (List<String> o : others) {
            keys.add(o.stream().map(IkigaiWorksheet::key).collect(Collectors.toSet()));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String item : first) {
            String k = key(item);
            if (!k.isEmpty() && keys.stream().allMatch(s -> s.contains(k))) {
                out.putIfAbsent(k, item.strip());
            }
        }
        return List.copyOf(out.values());
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** The worksheet as template data: {@code initiative, rows[{n, want, can, need}], intersection[], wantAndCan[], canAndNeed[], wantAndNeed[]}. */
    public Map<String, Object> documentData() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("initiative", initiative);
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = Math.max(want.size(), Math.max(can.size(), need.size()));
        for (int i = 0; i < n; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("n", String.valueOf(i + 1));
            r.put("want", i < want.size() ? want.get(i) : "");
            r.put("can", i < can.size() ? can.get(i) : "");
            r.put("need", i < need.size() ? need.get(i) : "");
            rows.add(r);
        }
        m.put("rows", rows);
        m.put("intersection", intersection());
        m.put("hasIntersection", !intersection().isEmpty());
        m.put("wantAndCan", wantAndCan());
        m.put("canAndNeed", canAndNeed());
        m.put("wantAndNeed", wantAndNeed());
        return m;
    }
}

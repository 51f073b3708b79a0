package kz.saruar.community.region;

import kz.saruar.model.Arguments;
import kz.saruar.model.Rules;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.SaruarException;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.validation.Code;

/**
 * REG-04's reference lists for regional reports, as catalog data: what social initiatives give
 * the authorities (ten items) and the problems of territories they solve (ten items). Russian from
 * seed P; the seeds have no Kazakh for them, so Kazakh and English are Saruar's translations, marked
 * per item in the data ({@code translated}) and in each {@link LocalizedText#translated()}.
 */
public final class ReferenceLists {
    private static final ReferenceLists STANDARD = load();

    private final List<CatalogEntry> whatInitiativesGiveAuthorities;
    private final List<CatalogEntry> problemsOfTerritoriesSolved;

    private ReferenceLists(List<CatalogEntry> give, List<CatalogEntry> problems) {
        this.whatInitiativesGiveAuthorities = ImmutableList.copyOf(give);
        this.problemsOfTerritoriesSolved = ImmutableList.copyOf(problems);
    }

    /** The lists of the seeds. */
    public static ReferenceLists standard() {
        return STANDARD;
    }

    /** What social initiatives give the authorities (REG-04, ten items). */
    public List<CatalogEntry> whatInitiativesGiveAuthorities() {
        return whatInitiativesGiveAuthorities;
    }

    /** The problems of territories that initiatives solve (REG-04, ten items). */
    public List<CatalogEntry> problemsOfTerritoriesSolved() {
        return problemsOfTerritoriesSolved;
    }

    /**
     * One item as stored; {@code translated} names the languages that are Saruar's translation
     * rather than the seed's words (kk, en here), so that a reviewer sees which texts to check.
     */
    record Item(@Code String code, String kk, String ru, String en, List<String> translated) {
        Item {
            Arguments.nonNull("code", code, "kk", kk, "ru", ru, "en", en);
            translated = List.copyOf(Objects.requireNonNull(translated, "translated"));
        }

        CatalogEntry entry() {
            List<Language> marked = translated.stream().map(t -> Language.fromTag(t)
                    .orElseThrow(() -> new SaruarException("REG-04 item " + code + ": unknown language \"" + t + "\"")))
                    .toList();
            return new CatalogEntry(code, LocalizedText.of(Map.of(Language.KK, kk, Language.RU, ru, Language.EN, en),
                    marked), Optional.empty());
        }
    }

    /** The stored file. */
    record StoredLists(String source, List<Item> whatInitiativesGiveAuthorities, List<Item> problemsOfTerritoriesSolved) {
        StoredLists {
            Objects.requireNonNull(source, "source");
            whatInitiativesGiveAuthorities = List.copyOf(whatInitiativesGiveAuthorities);
            problemsOfTerritoriesSolved = List.copyOf(problemsOfTerritoriesSolved);
        }
    }

    private static ReferenceLists load() {
        try (InputStream in = ReferenceLists.class.getResourceAsStream("/kz/saruar/community/reg-04.json")) {
            if (in == null) {
                throw new SaruarException("the REG-04 reference lists are missing from the jar");
            }
            StoredLists s = JsonReader.forRule(Rules.REG_04).read(in.readAllBytes(), StoredLists.class).orElseThrow();
            return new ReferenceLists(s.whatInitiativesGiveAuthorities().stream().map(Item::entry).toList(),
                    s.problemsOfTerritoriesSolved().stream().map(Item::entry).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

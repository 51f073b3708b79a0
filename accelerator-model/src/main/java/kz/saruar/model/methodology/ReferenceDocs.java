package kz.saruar.model.methodology;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.SaruarException;
import kz.saruar.model.catalog.RuleText;
import kz.saruar.model.validation.SchemaGenerator;

/**
 * Writes the reference documents that are generated from the methodology data: the rule book
 * ({@code docs/rules.md}) and the JSON Schema of the methodology file. Tests fail when the
 * committed copies are out of date.
 */
public final class ReferenceDocs {
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("CAT", "Catalog");
        SECTIONS.put("EXP", "Experts");
        SECTIONS.put("APP", "Competition and intake");
        SECTIONS.put("PRE", "Pre-acceleration");
        SECTIONS.put("DEF", "Defense and scoring");
        SECTIONS.put("ACC", "Acceleration");
        SECTIONS.put("EXT", "Exit and brand ambassadors");
        SECTIONS.put("MAT", "Maturity diagnostics");
        SECTIONS.put("LFT", "SOCIAL LIFT and LIFTCOIN");
        SECTIONS.put("REG", "Regional rollout");
        SECTIONS.put("HUB", "The other systems in the seeds");
        SECTIONS.put("PLT", "The accelerator's site");
        SECTIONS.put("FMT", "The methodology file (Saruar's own rules)");
    }

    private ReferenceDocs() {
    }

    /** The JSON Schema (draft 2020-12) of the methodology file, as shipped in the jar. */
    public static String methodologySchema() {
        try {
            return MethodologyTrees.MAPPER.writeValueAsString(SchemaGenerator.schemaOf(MethodologyDocument.class,
                    "https://saruar.kz/schema/methodology.schema.json", "Saruar methodology file")) + "\n";
        } catch (JsonProcessingException e) {
            throw new SaruarException("cannot write the schema", e);
        }
    }

    /** Separates a Markdown table from the text before it and adds the rule under its header row. */
    private static String withTableRules(String text) {
        List<String> out = new java.util.ArrayList<>();
        String previous = "";
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("|") && !previous.startsWith("|")) {
                if (!previous.isBlank()) {
                    out.add("");
                }
                out.add(line);
                out.add("|" + "---|".repeat((int) Math.max(1, line.chars().filter(c -> c == '|').count() - 1)));
            } else {
                out.add(line);
            }
            previous = line;
        }
        return String.join("\n", out);
    }

    /** The rule book in Markdown, from a methodology's rules (its {@code rules} list). */
    public static String rulesMarkdown(Methodology m) {
        return rulesMarkdown(m, Map.of());
    }

    /**
     * The rule book in Markdown with, under each rule's source, the lines of {@code links} for its ID
     * (e.g. where the code and the tests cite it; the build's traceability test supplies them).
     */
    public static String rulesMarkdown(Methodology m, Map<RuleId, String> links) {
        StringBuilder b = new StringBuilder();
        b.append("# Rules of the methodology\n\n");
        b.append("<!-- Generated from accelerator-model/src/main/resources/kz/saruar/model/standard-methodology.json")
                .append(" by kz.saruar.model.methodology.ReferenceDocs; do not edit by hand.")
                .append(" GeneratedReferenceTest fails when this file is out of date;")
                .append(" regenerate with: ./mvnw -pl accelerator-model -am test -Dtest=GeneratedReferenceTest")
                .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dsaruar.regenerate=true -->\n\n");
        b.append("Every rule of **").append(m.name().get(Language.EN)).append("** (`").append(m.id())
                .append("`) with its ID. Code, tests and error messages cite these IDs. ")
                .append("Rules marked **[default]** are Saruar's own choices where the seeds are silent; ")
                .append("they are configurable in the methodology file. Titles are given in Kazakh, Russian and ")
                .append("English; a title marked † is Saruar's translation, not the seed's words.\n\n");
        Objects.requireNonNull(links, "links");
        if (!links.isEmpty()) {
            b.append("Under each rule, **code** and **tests** link the source files that cite its ID (as `DEF-06`, ")
                    .append("`DEF_06` or `Rules.DEF_06`), found by scanning every module's sources; ")
                    .append("GeneratedReferenceTest fails when these links are out of date.\n\n");
        }
        b.append(m.rules().size()).append(" rules.\n\n");
        for (Map.Entry<String, String> s : SECTIONS.entrySet()) {
            List<RuleText> rules = m.rules().stream().filter(r -> r.id().section().equals(s.getKey())).toList();
            if (rules.isEmpty()) {
                continue;
            }
            b.append("## ").append(s.getValue()).append(" (").append(s.getKey()).append(")\n\n");
            for (RuleText r : rules) {
                b.append("### ").append(r.id()).append(" — ").append(r.title().get(Language.EN))
                        .append(r.isDefault() ? " [default]" : "").append("\n\n");
                b.append("- kk: ").append(r.title().get(Language.KK))
                        .append(r.title().translated().contains(Language.KK) ? " †" : "").append("\n");
                b.append("- ru: ").append(r.title().get(Language.RU))
                        .append(r.title().translated().contains(Language.RU) ? " †" : "").append("\n");
                b.append("- source: ").append(r.source()).append("\n");
                String more = links.getOrDefault(r.id(), "");
                b.append(more.isEmpty() || more.endsWith("\n") ? more : more + "\n").append("\n");
                b.append(withTableRules(r.text().strip())).append("\n\n");
            }
        }
        return b.toString();
    }

    /** Where {@link #rulesJava(Methodology)} is committed, relative to the accelerator-model module. */
    public static final String RULES_JAVA = "src/main/java/kz/saruar/model/Rules.java";

    /**
     * The Java source of {@code kz.saruar.model.Rules}: one {@link kz.saruar.model.RuleId} constant per
     * rule of the rule book ({@code DEF_06} for {@code DEF-06}), its Javadoc the rule's title, so that
     * code cites rules by a name the compiler checks instead of a string.
     */
    public static String rulesJava(Methodology m) {
        StringBuilder b = new StringBuilder();
        b.append("package kz.saruar.model;\n\n");
        b.append("import java.util.List;\n\n");
        b.append("/**\n");
        b.append(" * The IDs of the methodology's rules as constants (every rule has an ID that code, tests and\n");
        b.append(" * error codes cite), one per rule of the rule book {@code docs/rules.md}.\n");
        b.append(" *\n");
        b.append(" * <p>Generated from the rules of the standard methodology by\n");
        b.append(" * {@code kz.saruar.model.methodology.ReferenceDocs#rulesJava}; do not edit by hand.\n");
        b.append(" * {@code GeneratedReferenceTest} fails when this file is out of date; regenerate with\n");
        b.append(" * {@code -Dsaruar.regenerate=true}.\n");
        b.append(" */\n");
        b.append("public final class Rules {\n");
        List<RuleText> rules = m.rules().stream().sorted(java.util.Comparator.comparing(RuleText::id)).toList();
        for (RuleText r : rules) {
            String id = r.id().value();
            b.append("    /** ").append(id).append(" — ").append(javadoc(r.title().get(Language.EN)))
                    .append(r.isDefault() ? " [default]" : "").append(". */\n");
            b.append("    public static final RuleId ").append(id.replace('-', '_'))
                    .append(" = RuleId.of(\"").append(id).append("\");\n\n");
        }
        b.append("    private static final List<RuleId> ALL = List.of(");
        for (int i = 0; i < rules.size(); i++) {
            b.append(i % 8 == 0 ? "\n            " : " ").append(rules.get(i).id().value().replace('-', '_'))
                    .append(i + 1 < rules.size() ? "," : "");
        }
        b.append(");\n\n");
        b.append("    private Rules() {\n    }\n\n");
        b.append("    /** Every rule ID of the rule book, in ID order. */\n");
        b.append("    public static List<RuleId> all() {\n        return ALL;\n    }\n");
        b.append("}\n");
        return b.toString();
    }

    private static String javadoc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;").replace("\\", "&#92;");
    }
}

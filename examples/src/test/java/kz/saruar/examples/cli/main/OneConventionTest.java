package kz.saruar.examples.cli.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.saruar.examples.cli.CliRunner;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.model.Language;
import kz.saruar.model.Rules;
import kz.saruar.model.json.JsonReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Walks the whole command tree (issue 13, "one convention everywhere"): every command takes
 * {@code --lang} before or after its subcommand with the same default, answers {@code --json} with
 * the one DecisionJson shape even when its input is missing (exit 2), never prints a Java class name,
 * and prints its plain output in the chosen language.
 */
@Execution(ExecutionMode.CONCURRENT) // each method walks the tree with its own files and CommandLines
class OneConventionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Java exception or error class name, or a package-qualified Java name. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b\\w+(Exception|Error)\\b|\\bjava\\.[a-z]+\\.");
    private static final Pattern WORD = Pattern.compile("(?<![\\w:/.\\-])[A-Za-z]{3,}(?![\\w:/.\\-])");

    @TempDir
    Path dir;

    private Path missing;
    private Map<String, List<String>> missingInput;

    @BeforeEach
    void files() throws Exception {
        missing = dir.resolve("no-such-input.json");
        Path aFile = Files.writeString(dir.resolve("a-file.txt"), "x");
        missingInput = inputs(missing.toString(), dir.resolve("no-such-dir").toString(), aFile);
    }

    /** The arguments of every command with {@code m} as its input file and {@code noDir} as its directory. */
    private Map<String, List<String>> inputs(String m, String noDir, Path aFile) {
        Map<String, List<String>> in = new LinkedHashMap<>();
        in.put("catalog", List.of("--methodology", m));
        in.put("methodology validate", List.of(m));
        in.put("methodology check", List.of(m));
        in.put("workdays add", List.of("--holidays", m, "2026-03-20", "5"));
        in.put("workdays count", List.of("--holidays", m, "2026-03-20", "2026-04-01"));
        in.put("workdays holidays", List.of("--holidays", m, "2026"));
        in.put("calendar", List.of(m));
        in.put("consultations plan", List.of(m));
        in.put("score", List.of(m));
        in.put("application check", List.of(m));
        in.put("diagnose", List.of(m));
        in.put("render", List.of("PRE_ACCELERATION_CERTIFICATE", m));
        in.put("ledger demo", List.of(aFile.toString()));
        in.put("ledger verify", List.of(noDir));
        in.put("ledger statement", List.of(noDir, "project:eco"));
        in.put("ledger coverage", List.of(noDir));
        in.put("mentors suggest", List.of(m, "P-01"));
        in.put("mentors assign", List.of(m));
        in.put("impact report", List.of(m));
        in.put("region readiness", List.of(m));
        in.put("community collaborations", List.of(m));
        in.put("community ikigai", List.of(m));
        in.put("community search", List.of(m));
        in.put("cohort init", List.of("--methodology", m, dir.resolve("c").toString()));
        in.put("cohort apply", List.of(noDir, m));
        in.put("cohort command", List.of(noDir, m));
        in.put("cohort sheets", List.of(noDir, m));
        in.put("cohort status", List.of(noDir));
        in.put("cohort events", List.of(noDir));
        in.put("cohort verify", List.of(noDir));
        in.put("cohort erase", List.of(noDir, "P-01/applicant"));
        in.put("cohort report", List.of(noDir, "--out", dir.resolve("cohort.html").toString()));
        in.put("simulate", List.of("--methodology", m, "--out", dir.resolve("r.html").toString()));
        return in;
    }

    /** Every command path with its depth, help excluded. */
    private static void collect(CommandLine cl, List<String> prefix, Map<String, Boolean> out) {
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandName().equals(name)) {
                List<String> p = new ArrayList<>(prefix);
                p.add(name);
                boolean leaf = sub.getSubcommands().keySet().stream().allMatch("help"::equals);
                out.put(String.join(" ", p), leaf);
                collect(sub, p, out);
            }
        });
    }

    private static List<String> leaves() {
        Map<String, Boolean> all = new LinkedHashMap<>();
        collect(SaruarCli.commandLine(), List.of(), all);
        return all.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    /** Every command that groups subcommands, the root ({@code ""}) first, each with its subcommands' names. */
    private static Map<String, Set<String>> groups() {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        groups(SaruarCli.commandLine(), "", groups);
        return groups;
    }

    private static void groups(CommandLine cl, String path, Map<String, Set<String>> out) {
        Set<String> subs = new TreeSet<>(cl.getSubcommands().keySet());
        subs.remove("help");
        if (!subs.isEmpty()) {
            out.put(path, subs);
            for (String s : subs) {
                groups(cl.getSubcommands().get(s), (path + " " + s).strip(), out);
            }
        }
    }

    private static CliRunner run(List<String> args) {
        return CliRunner.exactly(args.toArray(String[]::new));
    }

    private static List<String> concat(List<String> a, List<String> b, String... c) {
        List<String> r = new ArrayList<>(a);
        r.addAll(b);
        r.addAll(Arrays.asList(c));
        return r;
    }

    @Test
    void every_command_has_a_missing_input_case_here() {
        // methodology schema reads no input: it is checked on its own below
        assertThat(leaves()).hasSizeGreaterThan(25);
        assertThat(leaves().stream().filter(c -> !c.equals("methodology schema")).toList())
                .containsExactlyInAnyOrderElementsOf(missingInput.keySet());
    }

    @Test
    void FMT_01_a_group_without_its_subcommand_prints_its_usage_and_under_json_refuses_in_the_decision_json_shape() {
        Map<String, Set<String>> groups = groups();
        assertThat(groups).containsKeys("", "cohort", "ledger", "methodology", "workdays", "consultations", "application",
                "mentors", "impact", "region", "community");
        List<String> failing = new ArrayList<>();
        for (Map.Entry<String, Set<String>> g : groups.entrySet()) {
            List<String> path = g.getKey().isEmpty() ? List.of() : List.of(g.getKey().split(" "));
            CliRunner plain = run(path);
            if (plain.exitCode() != ExitCodes.OK || g.getValue().stream().anyMatch(s -> !plain.out().contains(s))) {
                failing.add("'" + g.getKey() + "' plain: exit " + plain.exitCode() + " " + plain.out() + plain.err());
            }
            for (Language language : List.of(Language.KK, Language.EN)) {
                CliRunner j = run(concat(path, List.of("--json", "--lang", language.tag())));
                String problem = decisionProblem(j, language);
                if (problem != null || !j.out().contains("\"USAGE\"") || !j.out().contains(g.getValue().iterator().next())) {
                    failing.add("'" + g.getKey() + "' --json --lang " + language.tag() + ": " + problem + " | " + j.out() + j.err());
                }
            }
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void FMT_01_with_json_a_missing_input_is_the_decision_json_shape_and_exit_2_on_every_command() throws Exception {
        List<String> failing = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : missingInput.entrySet()) {
            List<String> path = List.of(e.getKey().split(" "));
            CliRunner r = run(concat(path, e.getValue(), "--json"));
            String problem = decisionProblem(r, Language.RU);
            if (problem != null) {
                failing.add(e.getKey() + ": " + problem + " | " + r.out() + r.err());
            }
        }
        assertThat(failing).isEmpty();
    }

    /** Null when the run printed a refusal in the DecisionJson shape with exit 2 and texts in {@code language}. */
    private static String decisionProblem(CliRunner r, Language language) {
        if (r.exitCode() != ExitCodes.UNREADABLE) {
            return "exit " + r.exitCode();
        }
        JsonNode j;
        try {
            j = JSON.readTree(r.out());
        } catch (Exception ex) {
            return "not JSON";
        }
        if (j == null || !j.path("accepted").isBoolean() || j.path("accepted").asBoolean() || !j.path("reasons").isArray()
                || j.path("reasons").isEmpty()) {
            return "not a refusal";
        }
        for (JsonNode reason : j.path("reasons")) {
            for (String field : List.of("code", "subject", "text")) {
                if (!reason.path(field).isTextual()) {
                    return "reason without " + field;
                }
            }
            if (!reason.path("rules").isArray() || reason.path("rules").isEmpty() || !reason.path("figures").isObject()) {
                return "reason without rules or figures";
            }
            for (Language l : Language.values()) {
                if (!reason.path("message").path(l.tag()).isTextual()) {
                    return "message without " + l.tag();
                }
            }
            if (!reason.path("text").asText().equals(reason.path("message").path(language.tag()).asText())) {
                return "text not in " + language.tag();
            }
        }
        return null;
    }

    @Test
    void FMT_01_a_directory_unreadable_bytes_and_not_json_are_refused_the_same_way_with_exit_2() throws Exception {
        Path aFile = dir.resolve("a-file.txt");
        Path aDir = Files.createDirectories(dir.resolve("a-dir"));
        Path badBytes = Files.write(dir.resolve("bad-bytes.json"), new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'});
        Path notJson = Files.writeString(dir.resolve("not-json.json"), "this is not JSON");
        List<String> failing = new ArrayList<>();
        for (Path input : List.of(aDir, badBytes, notJson)) {
            for (Map.Entry<String, List<String>> e : inputs(input.toString(), aFile.toString(), aFile).entrySet()) {
                if (e.getKey().startsWith("workdays") && input.equals(aDir)) {
                    continue; // --holidays takes a directory of year files
                }
                List<String> path = List.of(e.getKey().split(" "));
                for (String lang : List.of("kk", "en")) {
                    CliRunner j = run(concat(path, e.getValue(), "--json", "--lang", lang));
                    String problem = decisionProblem(j, lang.equals("kk") ? Language.KK : Language.EN);
                    if (problem != null) {
                        failing.add(e.getKey() + " " + input.getFileName() + ": " + problem + " | " + j.out() + j.err());
                    }
                    CliRunner plain = run(concat(path, e.getValue(), "--lang", lang));
                    Matcher m = CLASS_NAME.matcher(plain.out() + plain.err() + j.out());
                    if (m.find()) {
                        failing.add(e.getKey() + " " + input.getFileName() + ": names " + m.group());
                    }
                    if (plain.exitCode() != ExitCodes.UNREADABLE) {
                        failing.add(e.getKey() + " " + input.getFileName() + " plain: exit " + plain.exitCode());
                    }
                }
            }
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void lang_is_accepted_before_and_after_the_subcommand_at_every_depth_with_one_default() {
        List<String> failing = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : missingInput.entrySet()) {
            List<String> path = List.of(e.getKey().split(" "));
            List<List<String>> placements = new ArrayList<>();
            placements.add(concat(List.of("--lang", "kk"), concat(path, e.getValue(), "--json")));
            for (int i = 1; i <= path.size(); i++) {
                placements.add(concat(concat(path.subList(0, i), List.of("--lang", "kk")),
                        concat(path.subList(i, path.size()), e.getValue(), "--json")));
            }
            placements.add(concat(path, e.getValue(), "--json", "--lang", "kk"));
            for (List<String> args : placements) {
                String problem = decisionProblem(run(args), Language.KK);
                if (problem != null) {
                    failing.add(String.join(" ", args) + ": " + problem);
                }
            }
            // the one default, Russian, on every command
            String problem = decisionProblem(run(concat(path, e.getValue(), "--json")), Language.RU);
            if (problem != null) {
                failing.add(e.getKey() + " default: " + problem);
            }
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void no_output_names_a_java_class_and_plain_kazakh_output_has_no_english_line() {
        List<String> failing = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : missingInput.entrySet()) {
            List<String> path = List.of(e.getKey().split(" "));
            for (String lang : List.of("kk", "ru", "en")) {
                for (boolean json : List.of(false, true)) {
                    List<String> args = concat(path, e.getValue(), "--lang", lang);
                    if (json) {
                        args.add("--json");
                    }
                    CliRunner r = run(args);
                    Matcher m = CLASS_NAME.matcher(r.out() + r.err());
                    if (m.find()) {
                        failing.add(String.join(" ", args) + ": names " + m.group());
                    }
                    if (r.exitCode() != ExitCodes.UNREADABLE) {
                        failing.add(String.join(" ", args) + ": exit " + r.exitCode());
                    }
                    if (!json && r.err().isBlank() && r.out().isBlank()) {
                        failing.add(String.join(" ", args) + ": says nothing");
                    }
                    if (!json && !lang.equals("en")) {
                        english(r.out() + r.err()).forEach(w -> failing.add(String.join(" ", args) + ": English " + w));
                    }
                }
            }
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void the_outputs_of_the_samples_in_kazakh_have_no_english_line_and_their_json_is_decision_json() throws Exception {
        Path ledger = dir.resolve("ledger");
        Path cohort = dir.resolve("cohort");
        List<List<String>> runs = List.of(
                List.of("catalog"),
                List.of("methodology", "schema"),
                List.of("workdays", "holidays", "2026"),
                List.of("workdays", "count", "2026-03-20", "2026-04-01"),
                List.of("workdays", "add", "2026-03-20", "5"),
                List.of("calendar", sample("cohort.json")),
                List.of("consultations", "plan", sample("consultation-requests.json")),
                List.of("application", "check", sample("application.json"), "--on", "2020-02-01"),
                List.of("diagnose", sample("diagnostic-answers.json")),
                List.of("score", sample("defense-sheets.json"), "--stats"),
                List.of("mentors", "assign", sample("mentor-registry.json")),
                List.of("impact", "report", sample("theory-of-change.json")),
                List.of("region", "readiness", sample("region-readiness.json")),
                List.of("ledger", "demo", ledger.toString()),
                List.of("ledger", "verify", ledger.toString()),
                List.of("ledger", "statement", ledger.toString(), "project:eco"),
                List.of("ledger", "statement", ledger.toString(), "project:eco", "--to", "2000-01-01"),
                List.of("ledger", "coverage", ledger.toString()),
                List.of("cohort", "init", cohort.toString()),
                List.of("cohort", "apply", cohort.toString(), sample("application.json")),
                List.of("cohort", "status", cohort.toString()),
                List.of("cohort", "verify", cohort.toString()),
                List.of("simulate", "--applications", "30", "--out", dir.resolve("r.html").toString()));
        List<String> failing = new ArrayList<>();
        for (List<String> args : runs) {
            CliRunner kk = run(concat(args, List.of("--lang", "kk")));
            if (kk.exitCode() > ExitCodes.REFUSED) {
                failing.add(String.join(" ", args) + ": exit " + kk.exitCode() + " " + kk.err());
            }
            if (!args.contains("schema") && !args.contains("demo") && !args.contains("init") && !args.contains("apply")) {
                // a line the same in Kazakh and English that reads as English is a line --lang did not reach
                // (the schema is a JSON document; demo, init and apply write, so they run once)
                CliRunner en = run(concat(args, List.of("--lang", "en")));
                Set<String> enLines = new HashSet<>(List.of((en.out() + en.err()).split("\n")));
                for (String line : (kk.out() + kk.err()).split("\n")) {
                    if (enLines.contains(line)) {
                        english(line).forEach(w -> failing.add(String.join(" ", args) + ": English " + w));
                    }
                }
            }
            Matcher m = CLASS_NAME.matcher(kk.out() + kk.err());
            if (m.find()) {
                failing.add(String.join(" ", args) + ": names " + m.group());
            }
        }
        // a second pass with --json, on the journals the first pass wrote
        Files.walk(ledger).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Files.walk(cohort).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        for (List<String> args : runs) {
            CliRunner j = run(concat(args, List.of("--json")));
            JsonNode n = j.out().isBlank() ? null : JSON.readTree(j.out());
            if (n == null || !n.path("accepted").isBoolean() || (n.path("accepted").asBoolean() != (j.exitCode() == ExitCodes.OK))) {
                failing.add(String.join(" ", args) + " --json: not DecisionJson with its exit code " + j.exitCode() + " " + j.out());
            }
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void DEF_06_a_failed_consistency_check_reads_in_kazakh_and_russian_counterexamples_and_violations_included() throws Exception {
        // a threshold inside the lowest band fails aPassNeverLiesInTheLowestBand (sheets as the counterexample),
        // one at the lowest total fails passAndFailAreBothReachable (an end of the totals)
        kz.saruar.model.methodology.Methodology standard = kz.saruar.model.methodology.Methodology.standard();
        List<String> names = kz.saruar.jqwik.ConsistencyProperties.standard().all().stream()
                .map(kz.saruar.jqwik.ConsistencyProperty::name).toList();
        List<String> failing = new ArrayList<>();
        for (int threshold : List.of(standard.scoring().bands().get(0).from() + 2, standard.scoring().minTotal())) {
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(standard.toJson());
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("defense")).put("passThreshold", threshold);
            Path file = Files.writeString(dir.resolve("threshold-" + threshold + ".json"), tree.toString());
            for (String lang : List.of("kk", "ru")) {
                List<String> args = List.of("methodology", "check", file.toString(), "--tries", "200", "--seed", "1",
                        "--lang", lang);
                CliRunner r = run(args);
                if (r.exitCode() != ExitCodes.REFUSED || !r.out().contains(CliText.COUNTEREXAMPLE.get(
                        Language.fromTag(lang).orElseThrow(), 1, "").split("\\(")[0].strip())) {
                    failing.add(String.join(" ", args) + ": exit " + r.exitCode() + ", no counterexample " + r.out());
                }
                // a property's name is its code, as in --json
                failing.addAll(latinWordsAndClassNames(args, r.out() + r.err(), names));
            }
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void LFT_06_a_damaged_journal_is_reported_in_kazakh_and_russian_without_the_storage_layers_english() throws Exception {
        Path ledger = dir.resolve("damaged-ledger");
        Path cohort = dir.resolve("damaged-cohort");
        assertThat(run(List.of("ledger", "demo", ledger.toString())).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run(List.of("cohort", "init", cohort.toString())).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run(List.of("cohort", "apply", cohort.toString(), sample("application.json"))).exitCode())
                .isEqualTo(ExitCodes.OK);
        for (Path journal : List.of(ledger.resolve(kz.saruar.ledger.store.FileJournalStore.JOURNAL_FILE),
                cohort.resolve("journal").resolve(kz.saruar.ledger.store.FileJournalStore.JOURNAL_FILE))) {
            byte[] b = Files.readAllBytes(journal);
            b[b.length / 2] ^= 0x20;
            Files.write(journal, b);
        }
        List<String> failing = new ArrayList<>();
        for (List<String> command : List.of(List.of("ledger", "verify", ledger.toString()),
                List.of("ledger", "coverage", ledger.toString()), List.of("cohort", "verify", cohort.toString()),
                List.of("cohort", "events", cohort.toString()), List.of("cohort", "status", cohort.toString()))) {
            for (String lang : List.of("kk", "ru")) {
                List<String> args = concat(command, List.of("--lang", lang));
                CliRunner r = run(args);
                if (r.exitCode() == ExitCodes.OK) {
                    failing.add(String.join(" ", args) + ": a damaged journal passed");
                }
                failing.addAll(latinWordsAndClassNames(args, r.out() + r.err(), List.of()));
            }
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void LFT_06_a_cohort_record_that_does_not_replay_is_reported_in_kazakh_and_russian_without_english() throws Exception {
        Path cohort = dir.resolve("unreplayable-cohort");
        assertThat(run(List.of("cohort", "init", cohort.toString())).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run(List.of("cohort", "apply", cohort.toString(), sample("application.json"))).exitCode())
                .isEqualTo(ExitCodes.OK);
        // the submission again at the end, well formed and well chained: only the replay refuses it
        try (kz.saruar.ledger.store.FileJournalStore store = kz.saruar.ledger.store.FileJournalStore.open(cohort.resolve("journal"))) {
            List<kz.saruar.spi.storage.StoredRecord> records = store.read(0, Integer.MAX_VALUE);
            byte[] submitted = records.stream().map(kz.saruar.spi.storage.StoredRecord::payload)
                    .filter(b -> new String(b, StandardCharsets.UTF_8).contains("\"type\":\"ApplicationSubmitted\""))
                    .findFirst().orElseThrow();
            byte[] last = records.get(records.size() - 1).payload();
            String previous = new String(last, last.length - 64, 64, StandardCharsets.US_ASCII);
            ObjectNode again = (ObjectNode) JSON.readTree(new String(submitted, StandardCharsets.UTF_8).substring(0,
                    new String(submitted, StandardCharsets.UTF_8).lastIndexOf('\n')));
            again.put("position", records.size()).put("key", "submitted-twice").put("previousHash", previous);
            byte[] body = JSON.writeValueAsBytes(again);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HexFormat.of().parseHex(previous));
            String hash = HexFormat.of().formatHex(sha.digest(body));
            store.append(records.size(), List.of((new String(body, StandardCharsets.UTF_8) + "\n" + hash)
                    .getBytes(StandardCharsets.UTF_8))).join();
        }
        List<String> failing = new ArrayList<>();
        for (List<String> command : List.of(List.of("cohort", "status", cohort.toString()),
                List.of("cohort", "verify", cohort.toString()),
                List.of("cohort", "report", cohort.toString(), "--out", dir.resolve("report.html").toString()),
                List.of("cohort", "erase", cohort.toString(), "P-01/applicant"))) {
            Map<String, String> said = new LinkedHashMap<>();
            for (String lang : List.of("kk", "ru", "en")) {
                List<String> args = concat(command, List.of("--lang", lang));
                CliRunner r = run(args);
                if (r.exitCode() == ExitCodes.OK) {
                    failing.add(String.join(" ", args) + ": a journal that does not replay passed");
                }
                said.put(lang, r.out() + r.err());
                if (!lang.equals("en")) {
                    failing.addAll(latinWordsAndClassNames(args, r.out() + r.err(), List.of()));
                }
            }
            // the reason itself, not the generic "does not replay" sentence: kk and ru say the project is submitted twice
            if (!said.get("kk").contains("екі рет") || !said.get("ru").contains("дважды") || !said.get("en").contains("twice")) {
                failing.add(command + " does not say why the record does not replay: " + said);
            }
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void LFT_06_a_damaged_ledger_journal_names_the_damaged_byte_in_kazakh_and_russian() throws Exception {
        Path ledger = dir.resolve("damaged-ledger-byte");
        assertThat(run(List.of("ledger", "demo", ledger.toString())).exitCode()).isEqualTo(ExitCodes.OK);
        Path journal = ledger.resolve(kz.saruar.ledger.store.FileJournalStore.JOURNAL_FILE);
        byte[] b = Files.readAllBytes(journal);
        int damaged = b.length / 2;
        // the file: SARUARJ1, then frames of a 12-byte header (length, CRC, header CRC) and the payload
        long frame = 8;
        long record = 0;
        while (frame + 12 + ByteBuffer.wrap(b, (int) frame, 4).getInt() <= damaged) {
            frame += 12 + ByteBuffer.wrap(b, (int) frame, 4).getInt();
            record++;
        }
        b[damaged] ^= 0x20;
        Files.write(journal, b);
        for (String lang : List.of("kk", "ru", "en")) {
            CliRunner r = run(List.of("ledger", "verify", ledger.toString(), "--lang", lang));
            assertThat(r.exitCode()).isNotEqualTo(ExitCodes.OK);
            // the figures as numbers of their own (not digits of the temporary path)
            assertThat(r.out() + r.err()).as(lang).containsPattern("(?<!\\d)" + frame + "(?!\\d)")
                    .containsPattern("(?<!\\d)" + record + "(?!\\d)");
        }
    }

    /**
     * Each Latin word of a Kazakh or Russian output that is not an upper-case code (DEF-06, LOW,
     * APPLIED), nor one of {@code codes}, and each Java class name, as a failure of {@code args}.
     */
    private static List<String> latinWordsAndClassNames(List<String> args, String output, List<String> codes) {
        List<String> failing = new ArrayList<>();
        for (String line : output.split("\n")) {
            String text = line;
            for (String code : codes) {
                text = text.replace(code, "");
            }
            Matcher w = WORD.matcher(text);
            while (w.find()) {
                if (!w.group().equals(w.group().toUpperCase(Locale.ROOT))) {
                    failing.add(String.join(" ", args) + ": English " + w.group() + " in «" + line.strip() + "»");
                }
            }
            Matcher c = CLASS_NAME.matcher(line);
            if (c.find()) {
                failing.add(String.join(" ", args) + ": names " + c.group());
            }
        }
        return failing;
    }

    private static String sample(String name) {
        return Path.of("src/main/resources/samples", name).toString();
    }

    /**
     * The English words of the command line's own texts that no Kazakh text has, plus the words an
     * English summary line cannot do without, found as words in a printed line.
     */
    private static Set<String> english(String output) {
        Set<String> vocabulary = new HashSet<>(List.of("the", "and", "not", "cannot", "found", "file", "valid", "invalid",
                "refused", "accepted", "records", "events", "problem", "problems", "missing", "unknown", "error"));
        Set<String> kazakh = new HashSet<>();
        for (CliText t : CliText.values()) {
            Matcher k = WORD.matcher(t.pattern(Language.KK));
            while (k.find()) {
                kazakh.add(k.group().toLowerCase(Locale.ROOT));
            }
        }
        for (CliText t : CliText.values()) {
            Matcher w = WORD.matcher(t.pattern(Language.EN));
            while (w.find()) {
                String word = w.group().toLowerCase(Locale.ROOT);
                if (!kazakh.contains(word)) {
                    vocabulary.add(word);
                }
            }
        }
        Set<String> found = new TreeSet<>();
        for (String line : output.split("\n")) {
            Matcher w = WORD.matcher(line);
            while (w.find()) {
                String word = w.group();
                // upper-case words are codes (PROJECT, ISSUE, PUBLIC_HOLIDAY…), not sentences
                if (!word.equals(word.toUpperCase(Locale.ROOT)) && vocabulary.contains(word.toLowerCase(Locale.ROOT))) {
                    found.add(word + " in «" + line.strip() + "»");
                }
            }
        }
        return found;
    }

    @Test
    void FMT_03_every_text_of_the_command_line_is_in_kazakh_russian_and_english_with_the_same_placeholders() {
        Pattern placeholder = Pattern.compile("\\{\\d}");
        for (CliText t : CliText.values()) {
            Set<String> ru = new TreeSet<>();
            placeholder.matcher(t.pattern(Language.RU)).results().forEach(x -> ru.add(x.group()));
            for (Language l : Language.values()) {
                assertThat(t.pattern(l)).as(t + " " + l).isNotBlank();
                Set<String> ps = new TreeSet<>();
                placeholder.matcher(t.pattern(l)).results().forEach(x -> ps.add(x.group()));
                assertThat(ps).as(t + " " + l + " placeholders").isEqualTo(ru);
            }
            assertThat(t.pattern(Language.KK)).as(t + " kk is not the English text").isNotEqualTo(t.pattern(Language.EN));
            assertThat(t.pattern(Language.RU)).as(t + " ru is not the English text").isNotEqualTo(t.pattern(Language.EN));
        }
    }

    @Test
    void FMT_01_a_missing_file_and_a_directory_read_the_same_as_in_the_one_strict_reader() throws Exception {
        JsonReader reader = JsonReader.forRule(Rules.FMT_01);
        for (Path p : List.of(missing, dir)) {
            var fromReader = reader.readTree(p).reasons().get(0);
            var fromCli = kz.saruar.examples.cli.InputFiles.fileProblem(p, Rules.FMT_01).orElseThrow();
            assertThat(fromCli.code()).isEqualTo(fromReader.code());
            assertThat(fromCli.message()).isEqualTo(fromReader.message());
        }
    }

    @Test
    void json_and_html_together_are_refused_with_exit_2_naming_both() {
        CliRunner plain = CliRunner.exactly("score", sample("defense-sheets.json"), "--json", "--html", "--lang", "en");
        assertThat(plain.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(plain.out()).contains("--json").contains("--html");
        CliRunner ru = CliRunner.exactly("score", sample("defense-sheets.json"), "--html", "--json");
        assertThat(ru.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(decisionProblem(ru, Language.RU)).isNull();
        CliRunner text = CliRunner.exactly("--lang", "kk", "score", sample("defense-sheets.json"), "--html");
        assertThat(text.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void misuse_is_worded_in_the_chosen_language_without_class_names_and_exits_2() {
        CliRunner date = CliRunner.exactly("workdays", "add", "2026-13-01", "5", "--lang", "kk");
        assertThat(date.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(date.err()).contains(CliText.EXPECTED_DATE.get(Language.KK)).doesNotContain("Exception");
        CliRunner unknown = CliRunner.exactly("catalog", "--no-such-option", "--json");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(decisionProblem(unknown, Language.RU)).isNull();
        assertThat(CliRunner.exactly("--lang", "xx", "catalog").exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    }
}

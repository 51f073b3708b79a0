package kz.saruar.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.cohort.CohortState;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.model.privacy.PersonKeys;
import kz.saruar.community.ikigai.IkigaiWorksheet;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.Language;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.catalog.Direction;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.document.DocumentRenderer;
import kz.saruar.model.document.RenderedDocument;
import kz.saruar.spi.document.TemplateFormat;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.ledger.AccountId;
import kz.saruar.ledger.AccountKind;
import kz.saruar.ledger.ActorId;
import kz.saruar.ledger.IdempotencyKey;
import kz.saruar.ledger.JournalRecord;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.ledger.OfferId;
import kz.saruar.ledger.store.JournalStores;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scoring.DefenseProtocol;
import kz.saruar.scoring.DefenseSession;
import kz.saruar.scoring.ProjectDecision;
import kz.saruar.scoring.render.ProtocolJson;
import kz.saruar.scoring.sheets.SheetsFile;
import kz.saruar.scoring.sheets.SheetsReader;
import kz.saruar.spi.Provider;
import kz.saruar.spi.document.TemplateFormat;
import kz.saruar.spi.plugin.Plugins;
import kz.saruar.spi.storage.JournalStore;

/**
 * Runs the library's main paths on the module path and prints one {@code key: value} line per
 * finding, which ModulePathTest checks: the standard methodology, the plugins that
 * {@link java.util.ServiceLoader} finds in other modules (CAT-02 directions, document templates,
 * LFT-06 storage), a LIFTCOIN issue and reward (LFT-01, LFT-02, LFT-04), a defense decision read
 * from JSON (DEF-04, DEF-06), working days on the Kazakhstan calendar (APP-11), a cohort journal
 * written and replayed (an application submitted, APP-03) and a document rendered by a plugin's
 * template (CAT-08).
 */
public final class ModularConsumer {
    /** One project defended before six of the seven seats of the standard jury (DEF-03, DEF-04). */
    private static final String SHEETS = """
            {"date": "2020-11-20",
             "panel": {"jurors": [
               {"id": "O1", "role": "ORGANIZER", "name": "Organizer 1"},
               {"id": "O2", "role": "ORGANIZER", "name": "Organizer 2"},
               {"id": "E1", "role": "EXTERNAL_EXPERT", "name": "Expert 1"},
               {"id": "E2", "role": "EXTERNAL_EXPERT", "name": "Expert 2"},
               {"id": "E3", "role": "EXTERNAL_EXPERT", "name": "Expert 3"},
               {"id": "F1", "role": "PUBLIC_FIGURE", "name": "Public figure 1"},
               {"id": "F2", "role": "PUBLIC_FIGURE", "name": "Public figure 2"}],
               "substitutes": []},
             "projects": [{"id": "P1", "name": "Village library", "appliedAt": "2020-06-01",
               "team": [{"id": "u1", "name": "Member 1"}], "mentorExpert": "E3"}],
             "sheets": [%s]}
            """;
    private static final String SHEET = """
            {"juror": "%s", "project": "P1", "scores": {"SOCIAL_EFFECT": 3, "PROGRAM_ALIGNMENT": 2,
             "SUSTAINABILITY": 2, "TEAM_CAPABILITY": 3, "EXPERT_RATING": 2}}""";

    private ModularConsumer() {
    }

    /**
     * Prints the findings to standard output; a refusal or a failure ends it with an exception (exit
     * status 1), which ModulePathTest reports with the standard error.
     *
     * @param args none
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T05:00:00Z"), Kazakhstan.ZONE);

        out.println("consumer module: " + ModularConsumer.class.getModule().getName());
        // explicit modules only: a jar without module-info would be an automatic module of the same name
        out.println("saruar modules: " + ModuleLayer.boot().modules().stream()
                .filter(m -> m.getName().startsWith("kz.saruar.") && !m.getDescriptor().isAutomatic())
                .map(Module::getName).collect(Collectors.toCollection(TreeSet::new)));

        Methodology standard = Methodology.standard();
        out.println("standard methodology: " + standard.id() + ", " + standard.directions().size()
                + " directions, pass threshold " + standard.scoring().passThreshold());

        Plugins plugins = Plugins.discover();
        out.println("direction providers: " + names(plugins.directions()));
        out.println("document providers: " + names(plugins.documents()));
        out.println("storage providers: " + names(plugins.storage()));
        out.println("plugin warnings: " + plugins.warnings().size());

        Methodology withPlugins = Methodology.loader(plugins).standard().orElseThrow();
        out.println("directions with plugins: " + withPlugins.directions().stream().map(Direction::code).toList());

        out.println("ledger: " + ledger(plugins, clock));

        SheetsFile file = SheetsReader.read(String.format(SHEETS, String.join(",",
                List.of("O1", "O2", "E1", "E2", "F1", "F2").stream().map(j -> String.format(SHEET, j)).toList())))
                .orElseThrow();
        DefenseSession session = DefenseSession.open(standard, file.panel(), file.projects()).orElseThrow();
        DefenseProtocol protocol = session.submitAll(file.sheets()).session()
                .protocol(file.date().orElse(LocalDate.of(2020, 11, 20))).orElseThrow();
        ProjectDecision d = protocol.decision("P1").orElseThrow();
        out.println("defense decision: total " + d.total() + ", band " + d.band().code() + ", passed " + d.passed());
        out.println("protocol json has total: " + ProtocolJson.toJson(protocol).contains("\"total\" : " + d.total()));

        out.println("working days: " + WorkingCalendar.kazakhstan().addWorkingDays(LocalDate.of(2026, 3, 20), 5).orElseThrow());

        out.println("cohort: " + cohort(standard, plugins, clock));

        IkigaiWorksheet ikigai = new IkigaiWorksheet("Village library", List.of("books"), List.of("books"), List.of("books"));
        Optional<RenderedDocument> doc = DocumentRenderer.of(plugins, standard)
                .render(IkigaiWorksheet.DOCUMENT_KIND, Language.EN, TemplateFormat.MARKDOWN, ikigai.documentData());
        out.println("ikigai document: " + doc.map(r -> r.source() + ", " + r.text().lines().findFirst().orElse(""))
                .orElse("no template"));
    }

    private static String ledger(Plugins plugins, Clock clock) {
        AtomicLong keys = new AtomicLong();
        ActorId platform = ActorId.of("platform");
        AccountId eco = AccountId.of("project:eco");
        ActorId ecoTeam = ActorId.of("team:eco");
        AccountId aliya = AccountId.of("participant:1");
        AccountId cafe = AccountId.of("business:cafe");
        ActorId cafeOwner = ActorId.of("firm:cafe");
        try (JournalStore store = JournalStores.open(URI.create("memory:consumer"), plugins);
                Ledger ledger = Ledger.open(store, LedgerPolicy.defaults(), clock)) {
            List<LedgerCommand> commands = List.of(
                    new LedgerCommand.OpenAccount(key(keys), platform, eco, AccountKind.PROJECT, ecoTeam, Optional.empty()),
                    new LedgerCommand.OpenAccount(key(keys), platform, aliya, AccountKind.PARTICIPANT,
                            ActorId.of("person:1"), Optional.of(eco)),
                    new LedgerCommand.OpenAccount(key(keys), platform, cafe, AccountKind.BUSINESS, cafeOwner, Optional.empty()),
                    new LedgerCommand.ListOffer(key(keys), cafeOwner, OfferId.of("coffee"), cafe, 100, 10, Optional.empty()),
                    new LedgerCommand.Issue(key(keys), platform, eco, 500),
                    new LedgerCommand.Reward(key(keys), ecoTeam, eco, aliya, 120, Optional.empty()));
            for (LedgerCommand c : commands) {
                Outcome<JournalRecord> o = ledger.submit(c);
                if (!o.accepted()) {
                    return "refused " + c + ": " + o.reasons().get(0).describe(Language.EN);
                }
            }
            return "project " + ledger.balance(eco).orElseThrow() + ", participant " + ledger.balance(aliya).orElseThrow()
                    + ", verified " + ledger.verify().ok() + ", records " + ledger.journalSize();
        }
    }

    private static String cohort(Methodology methodology, Plugins plugins, Clock clock) {
        ProjectApplication application = ApplicationJson.read(resource("application.json"), clock).orElseThrow();
        PersonKeys keys = new InMemoryPersonKeys();
        try (JournalStore store = JournalStores.open(URI.create("memory:cohort"), plugins)) {
            Cohort.create(store, "modular-2026", methodology, Actor.of("org-1", ActorRole.ORGANIZER), clock, keys)
                    .orElseThrow()
                    .submit(new CohortCommand.SubmitApplication("submit-P-01", Actor.of("team-1", ActorRole.TEAM), "P-01",
                            application))
                    .orElseThrow();
            CohortState replayed = Cohort.open(store, clock, keys).state();
            return replayed.cohortId() + " replayed to position " + replayed.position() + ", " + replayed.byState();
        }
    }

    private static String resource(String name) {
        try (InputStream in = ModularConsumer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IdempotencyKey key(AtomicLong keys) {
        return IdempotencyKey.of("consumer-" + keys.incrementAndGet());
    }

    private static String names(List<? extends Provider> providers) {
        return providers.stream().map(Provider::providerName).toList().toString();
    }
}

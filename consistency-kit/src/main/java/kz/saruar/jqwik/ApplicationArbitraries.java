package kz.saruar.jqwik;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.application.Evidence;
import kz.saruar.model.application.ImplementationStage;
import kz.saruar.model.application.PersonalData;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.application.ProjectConcept;
import kz.saruar.model.application.ProjectForm;
import kz.saruar.model.application.RegistrationDocuments;
import kz.saruar.model.application.ShortApplication;
import kz.saruar.model.application.TeamMember;
import kz.saruar.model.application.VolunteerInvolvement;
import kz.saruar.model.methodology.Methodology;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik generators of applications near every numeric eligibility boundary of a methodology
 * (APP-02 age and team size, APP-04 words, APP-05 risks): a valid application with one figure set
 * to the boundary, one below or one above, and whether the rule should let it pass.
 */
public final class ApplicationArbitraries {
    private ApplicationArbitraries() {
    }

    /**
     * An application with one figure near its boundary.
     *
     * @param rule        the rule whose boundary it is
     * @param what        the figure in kk/ru/en, e.g. {@code team of 2 (at least 3)}
     * @param application the application
     * @param shouldPass  whether the rule lets the figure pass
     */
    public record BoundaryCase(RuleId rule, LocalizedText what, ProjectApplication application, boolean shouldPass) {
        /** Refuses nulls. */
        public BoundaryCase {
            Arguments.nonNull("rule", rule, "what", what, "application", application);
        }

        /** The rule, the figure and whether it should pass, in kk/ru/en. */
        public LocalizedText text() {
            return shouldPass ? ConsistencyProperties.say("{0} {1} (өтуге тиіс)", "{0} {1} (должна пройти)",
                    "{0} {1} (should pass)", rule, what)
                    : ConsistencyProperties.say("{0} {1} (өтпеуге тиіс)", "{0} {1} (не должна пройти)",
                            "{0} {1} (should fail)", rule, what);
        }

        @Override
        public String toString() {
            return text().get(Language.EN);
        }
    }

    /** Applications near the boundaries of {@code methodology}, decided on the clock's day. */
    public static Arbitrary<BoundaryCase> nearBoundaries(Methodology methodology, Clock clock) {
        Objects.requireNonNull(methodology, "methodology");
        LocalDate day = Kazakhstan.today(Objects.requireNonNull(clock, "clock"));
        var in = methodology.intake();
        Arbitrary<Integer> offset = Arbitraries.of(-1, 0, 1);
        Arbitrary<BoundaryCase> age = offset.map(o -> {
            LocalDate birth = day.minusYears(in.minAge()).plusDays(o);
            return new BoundaryCase(Rules.APP_02, ConsistencyProperties.say("туған күні {0} ({2} күні кемінде {1} жас)",
                    "дата рождения {0} (не менее {1} лет на {2})", "born {0} (at least {1} on {2})", birth, in.minAge(), day),
                    valid(methodology, birth, in.minTeamSize(), in.minConceptRisks(), in.maxShortDescriptionWords()),
                    o <= 0);
        });
        Arbitrary<BoundaryCase> team = offset.filter(o -> in.minTeamSize() + o >= 1).map(o -> new BoundaryCase(
                Rules.APP_02, ConsistencyProperties.say("{0} адамнан тұратын команда (кемінде {1})",
                        "команда из {0} человек (не менее {1})", "team of {0} (at least {1})", in.minTeamSize() + o,
                        in.minTeamSize()),
                valid(methodology, adultOn(day), in.minTeamSize() + o, in.minConceptRisks(), in.maxShortDescriptionWords()),
                o >= 0));
        Arbitrary<BoundaryCase> risks = offset.filter(o -> in.minConceptRisks() + o >= 0).map(o -> new BoundaryCase(
                Rules.APP_05, ConsistencyProperties.say("{0} тәуекел (кемінде {1})", "рисков: {0} (не менее {1})",
                        "{0} risks (at least {1})", in.minConceptRisks() + o, in.minConceptRisks()),
                valid(methodology, adultOn(day), in.minTeamSize(), in.minConceptRisks() + o, in.maxShortDescriptionWords()),
                o >= 0));
        Arbitrary<BoundaryCase> words = offset.map(o -> new BoundaryCase(Rules.APP_04,
                ConsistencyProperties.say("{0} сөз (көп дегенде {1})", "слов: {0} (не более {1})", "{0} words (at most {1})",
                        in.maxShortDescriptionWords() + o, in.maxShortDescriptionWords()),
                valid(methodology, adultOn(day), in.minTeamSize(), in.minConceptRisks(), in.maxShortDescriptionWords() + o),
                o <= 0));
        return Arbitraries.oneOf(age, team, risks, words);
    }

    private static LocalDate adultOn(LocalDate day) {
        return day.minusYears(30);
    }

    /** A valid application with these figures; names are placeholders, never real people. */
    static ProjectApplication valid(Methodology m, LocalDate birth, int teamSize, int risks, int words) {
        String kind = m.intake().applicantKinds().get(0).code();
        String direction = m.intake().openDirections().isEmpty() ? m.directions().get(0).code()
                : m.intake().openDirections().get(0);
        PersonalData lead = person("Applicant", birth);
        ProjectForm form = new ProjectForm(Optional.of("Organization"), "Project", direction, "Goal and tasks",
                "A short description", Optional.of("Relevance"), Optional.of("Audience"), Optional.of("Innovation"),
                Optional.of("Grants"), ImplementationStage.PILOT, VolunteerInvolvement.EPISODIC, Optional.of("Partners"),
                Optional.of("Effect"), Optional.of("Problems"), Optional.of("Support"), Optional.of("Prospects"),
                List.of("https://example.kz"), Optional.empty());
        List<TeamMember> team = new ArrayList<>();
        for (int i = 0; i < teamSize; i++) {
            team.add(new TeamMember(i == 0 ? lead : person("Member " + i, birth), "role " + i, "5 years"));
        }
        List<String> roles = team.stream().map(TeamMember::role).toList();
        ProjectConcept concept = new ProjectConcept("Project", roles.isEmpty() ? List.of("lead") : roles, "Goal",
                "Description", "2026–2027", java.util.stream.IntStream.rangeClosed(1, risks).mapToObj(i -> "risk " + i).toList(), "Results", "Social effect",
                "Quality");
        ShortApplication shortApp = new ShortApplication("Project", String.join(" ", Collections.nCopies(words, "word")),
                "Relation to the program", Optional.empty(), "Team", "Purpose");
        return ProjectApplication.of(kind, lead, form, team)
                .withCompetenceEvidence(List.of(Evidence.of("Five years of work in the field")))
                .withConcept(concept).withShortApplication(shortApp)
                .withDocuments(new RegistrationDocuments(true, Optional.of("Working since 2019"), Optional.of(8)));
    }

    private static PersonalData person(String name, LocalDate birth) {
        return new PersonalData(name, Optional.empty(), Optional.empty(), Optional.of(birth), Optional.of("Astana"),
                Optional.of("KZ"));
    }
}

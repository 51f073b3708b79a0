package kz.saruar.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.json.JsonReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * APP-03: checking an application's own tree and answering the application itself
 * ({@link ApplicationJson#checkWritten}) decides as checking and binding the tree does, and the
 * application it answers is the one binding gives.
 */
class WrittenApplicationProperties {

    @Property(tries = 300)
    void APP_03_an_applications_own_tree_decides_as_checking_and_binding_it(@ForAll("applications") ProjectApplication a) {
        Outcome<ProjectApplication> bound = ApplicationJson.check(JsonReader.toTree(a), Fixtures.CLOCK);
        Outcome<ProjectApplication> written = ApplicationJson.checkWritten(a, JsonReader.toTree(a), Fixtures.CLOCK);
        assertThat(written.reasons()).isEqualTo(bound.reasons());
        assertThat(written.value()).isEqualTo(bound.value());
        written.value().ifPresent(v -> assertThat(v).isSameAs(a));
        Statistics.label("decision").collect(bound.accepted() ? "accepted" : "refused");
        Statistics.label("decision").coverage(c -> {
            c.check("accepted").percentage(p -> p > 10);
            c.check("refused").percentage(p -> p > 10);
        });
    }

    /**
     * The fixture's application with its texts, people, team, optional parts and dates varied:
     * texts of letters in three scripts, digits, spaces at the ends and punctuation; birth dates
     * before and after the decision date; each optional part present or absent.
     */
    @Provide
    Arbitrary<ProjectApplication> applications() {
        Arbitrary<String> texts = Arbitraries.strings().withChars("ЖжқҚәaBc 19-.,«»\u0301").ofMinLength(1).ofMaxLength(24);
        Arbitrary<Optional<LocalDate>> born = Arbitraries.integers().between(-40 * 365, 30)
                .map(d -> Fixtures.TODAY.plusDays(d)).optional(0.8);
        Arbitrary<PersonalData> people = Combinators.combine(texts, born, Arbitraries.of("KZ", "kz ", "RU").optional(0.7))
                .as((name, b, citizenship) -> new PersonalData(name, Optional.empty(), Optional.empty(), b, Optional.empty(),
                        citizenship));
        Arbitrary<List<TeamMember>> team = Combinators.combine(people, texts).as((p, role) -> new TeamMember(p, role, "опыт"))
                .list().ofMaxSize(4);
        Arbitrary<Optional<ShortApplication>> shortApplication = Combinators.combine(texts, texts)
                .as((name, description) -> new ShortApplication(name, description, "связь с программой", Optional.empty(),
                        "команда", "цель"))
                .optional(0.5);
        Arbitrary<Optional<SelectionAssessment>> selection = Arbitraries.of(true, false).list().ofMaxSize(7)
                .map(met -> {
                    List<CriterionAssessment> criteria = new ArrayList<>();
                    for (int i = 0; i < met.size(); i++) {
                        criteria.add(new CriterionAssessment("C" + (i + 1), met.get(i),
                                met.get(i) ? List.of(Evidence.of("комиссия")) : List.of()));
                    }
                    return new SelectionAssessment(criteria, met.size() % 2 == 0, List.of());
                }).optional(0.6);
        Arbitrary<Optional<AdmissionFacts>> admission = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(AdmissionFacts::of).optional(0.5);
        Arbitrary<Optional<PreAccelerationRecord>> record = Combinators.combine(Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 12)).as((planned, done) -> new PreAccelerationRecord(planned, done,
                        List.of("PASSPORT"), Optional.of(done >= planned), Optional.empty())).optional(0.4);
        Arbitrary<Optional<Boolean>> principles = Arbitraries.of(true, false).optional(0.8);
        return Combinators.combine(people, texts, team, shortApplication, selection, admission, record, principles)
                .as((lead, name, members, s, sel, adm, rec, p) -> {
                    ProjectApplication base = Fixtures.valid();
                    ProjectForm f = base.form();
                    return new ProjectApplication(base.applicantKind(), lead,
                            ProjectForm.of(name, f.direction(), f.goalAndTasks(), f.shortDescription(),
                                    f.stageOfImplementation(), f.volunteerInvolvement()),
                            members, base.competenceEvidence(), p, s, base.concept(), base.documents(), sel, adm, rec);
                });
    }
}

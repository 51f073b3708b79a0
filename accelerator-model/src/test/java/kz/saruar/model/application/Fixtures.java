package kz.saruar.model.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A valid application and a fixed clock for the tests. */
final class Fixtures {
    /** 2026-03-02 11:00 in Almaty. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T06:00:00Z"), kz.saruar.model.Kazakhstan.ZONE);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private Fixtures() {
    }

    static PersonalData adult(String name) {
        return new PersonalData(name, Optional.of("+7 701 000 00 00"), Optional.of("someone@example.kz"),
                Optional.of(LocalDate.of(1990, 5, 17)), Optional.of("Астана"), Optional.of("KZ"));
    }

    static ProjectApplication valid(String applicantKind, String direction) {
        PersonalData lead = adult("Айгүл Серікқызы");
        ProjectForm form = new ProjectForm(Optional.of("«Жас қанат» ҚБ"), "Жас қанат", direction,
                "Ауыл жастарына кәсіби бағдар беру", "Ауыл мектептерінде кәсіби бағдар беретін клубтар ашу. Пилот 2025 жылы өтті.",
                Optional.of("Ауыл жастарының жұмыссыздығы"), Optional.of("14–18 жастағы жасөспірімдер"),
                Optional.of("Онлайн-тәлімгерлік"), Optional.of("Гранттар, серіктестер"), ImplementationStage.PILOT,
                VolunteerInvolvement.EPISODIC, Optional.of("Аудан әкімдігі"), Optional.of("200 жасөспірім"),
                Optional.of("Интернет әлсіз"), Optional.of("Тәлімгерлік"), Optional.of("3 облысқа шығу"),
                List.of("https://example.kz"), Optional.empty());
        List<TeamMember> team = List.of(new TeamMember(lead, "лидер", "5 жыл мектепте"),
                new TeamMember(adult("Ерлан Маратұлы"), "бухгалтер", "3 года в НКО"),
                new TeamMember(adult("Ольга Ким"), "психолог", "7 лет консультирования"));
        ProjectConcept concept = new ProjectConcept("Жас қанат", List.of("лидер", "бухгалтер", "психолог"),
                "Кәсіби бағдар", "Клубтар желісі", "2026–2027",
                List.of("Қаржы тапшылығы", "Кадрлар кетуі", "Интернет әлсіз", "Ата-аналардың қарсылығы", "Серіктестің бас тартуы"),
                "10 клуб", "200 жасөспірім кәсіп таңдады", "Сауалнамалар");
        return ProjectApplication.of(applicantKind, lead, form, team)
                .withCompetenceEvidence(List.of(Evidence.of("Мектепте 5 жыл жұмыс")))
                .withConcept(concept)
                .withDocuments(new RegistrationDocuments(true, Optional.of("2019 жылдан бері жұмыс істейді"), Optional.of(8)));
    }

    static ProjectApplication valid() {
        return valid("NGO", "EDUCATION");
    }
}

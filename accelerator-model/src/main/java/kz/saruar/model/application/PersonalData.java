package kz.saruar.model.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.json.PastDate;
import kz.saruar.model.json.Personal;
import kz.saruar.model.validation.Cites;

/**
 * The personal data of an applicant or a team member (APP-03 fields 1–3, APP-04: name, phone,
 * e-mail, date of birth, city) and the citizenship that APP-02 asks for. Never logged;
 * {@link #toString()} redacts it; an export leaves it out unless the caller asks for it
 * ({@link ApplicationJson#write(ProjectApplication, PersonalDataPolicy)}).
 *
 * @param fullName the full name
 * @param phone the phone number
 * @param email the e-mail address
 * @param birthDate the date of birth (APP-02 age)
 * @param city the city
 * @param citizenship the citizenship as an ISO 3166 alpha-2 code, {@code KZ} for Kazakhstan (APP-02)
 */
@Personal
public record PersonalData(
        String fullName,
        Optional<String> phone,
        Optional<String> email,
        @Cites("APP-02") @PastDate Optional<LocalDate> birthDate,
        Optional<String> city,
        @Cites("APP-02") Optional<String> citizenship) {
    /** Refuses nulls. */
    public PersonalData {
        Arguments.nonNull("fullName", fullName, "phone", phone, "email", email, "birthDate", birthDate, "city", city,
                "citizenship", citizenship);
    }

    /** A person known by name only. */
    public static PersonalData of(String fullName) {
        return new PersonalData(fullName, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The same person with this date of birth. */
    public PersonalData withBirthDate(LocalDate date) {
        return new PersonalData(fullName, phone, email, Optional.of(Objects.requireNonNull(date, "date")), city,
                citizenship);
    }

    /** The same person with this citizenship (ISO 3166 alpha-2). */
    public PersonalData withCitizenship(String code) {
        return new PersonalData(fullName, phone, email, birthDate, city,
                Optional.of(Objects.requireNonNull(code, "code")));
    }

    /** The age in whole years on a day, when the date of birth is known (APP-02). */
    public Optional<Integer> ageOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return birthDate.map(b -> Period.between(b, day).getYears());
    }

    /** Redacted: personal data never reaches a log through {@code toString()}. */
    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}

package kz.saruar.scoring.certificate;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.scoring.Participant;

/**
 * A certificate issued to one participant (DEF-10 pre-acceleration: 480 academic hours, the project,
 * the period and the programs; ACC-03 acceleration: the project and the period).
 *
 * @param kind which certificate
 * @param title the certificate's title, the methodology's name of its document kind
 * @param holder the participant it is issued to
 * @param projectId the project's ID
 * @param projectName the project's name
 * @param from the first day of the period
 * @param to the last day of the period
 * @param academicHours the academic hours certified (DEF-10), if the certificate states them
 * @param programs the programs completed (DEF-10), empty for ACC-03
 */
public record Certificate(CertificateKind kind, LocalizedText title, Participant holder, String projectId,
        String projectName, LocalDate from, LocalDate to, Optional<Integer> academicHours,
        List<LocalizedText> programs) {
    /** Refuses nulls and a period that ends before it starts. */
    public Certificate {
        Arguments.nonNull("kind", kind, "title", title, "holder", holder, "projectId", projectId,
                "projectName", projectName, "from", from, "to", to, "academicHours", academicHours);
        programs = ImmutableList.copyOf(Objects.requireNonNull(programs, "programs"));
        checkArgument(!to.isBefore(from), "period ends %s before it starts %s", to, from);
    }

    /** The rule that awards it. */
    public RuleId rule() {
        return kind.rule();
    }

    /** The certificate's wording in one language. */
    public String text(Language l) {
        Objects.requireNonNull(l, "l");
        StringBuilder b = new StringBuilder();
        b.append(title.get(l)).append(" (").append(rule()).append(")\n");
        b.append(switch (l) {
            case KK -> "Берілді: ";
            case RU -> "Выдан: ";
            case EN -> "Awarded to: ";
        }).append(holder.name()).append('\n');
        b.append(switch (l) {
            case KK -> "Жоба: ";
            case RU -> "Проект: ";
            case EN -> "Project: ";
        }).append(projectName).append('\n');
        b.append(switch (l) {
            case KK -> "Кезең: ";
            case RU -> "Период: ";
            case EN -> "Period: ";
        }).append(from).append(" – ").append(to).append('\n');
        academicHours.ifPresent(h -> b.append(switch (l) {
            case KK -> "Академиялық сағат: ";
            case RU -> "Академических часов: ";
            case EN -> "Academic hours: ";
        }).append(h).append('\n'));
        if (!programs.isEmpty()) {
            b.append(switch (l) {
                case KK -> "Бағдарламалар:";
                case RU -> "Программы:";
                case EN -> "Programs:";
            }).append('\n');
            programs.forEach(p -> b.append("- ").append(p.get(l)).append('\n'));
        }
        return b.toString();
    }
}

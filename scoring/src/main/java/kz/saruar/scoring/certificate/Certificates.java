package kz.saruar.scoring.certificate;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scoring.DefenseProtocol;
import kz.saruar.scoring.Participant;
import kz.saruar.scoring.Project;

/**
 * Issues certificates: of participation in pre-acceleration to every participant of the defense
 * (DEF-10: the methodology's academic hours — 480 in the standard — the project, the period and
 * the programs the methodology lists for the certificate), and of acceleration
 * to each team member (ACC-03). A project whose team is not listed gets one certificate made out
 * to the project's team by the project's name.
 */
public final class Certificates {
    private Certificates() {
    }

    /** Certificates of participation for every participant of every project at the defense (DEF-10). */
    public static List<Certificate> forDefense(Methodology methodology, DefenseProtocol protocol, LocalDate from,
            LocalDate to) {
        Objects.requireNonNull(protocol, "protocol");
        ImmutableList.Builder<Certificate> out = ImmutableList.builder();
        for (Project p : protocol.projects()) {
            out.addAll(preAcceleration(methodology, p, from, to));
        }
        return out.build();
    }

    /** Certificates of participation in pre-acceleration for one project's team (DEF-10). */
    public static List<Certificate> preAcceleration(Methodology methodology, Project project, LocalDate from,
            LocalDate to) {
        Objects.requireNonNull(methodology, "methodology");
        Objects.requireNonNull(project, "project");
        LocalizedText title = title(methodology, CertificateKind.PRE_ACCELERATION);
        int hours = methodology.defense().certificateAcademicHours();
        List<LocalizedText> programs = programs(methodology);
        return holders(project).stream().map(h -> new Certificate(CertificateKind.PRE_ACCELERATION, title, h,
                project.id(), project.name(), from, to, Optional.of(hours), programs))
                .collect(ImmutableList.toImmutableList());
    }

    /** Certificates of acceleration for one project's team (ACC-03). */
    public static List<Certificate> acceleration(Methodology methodology, Project project, LocalDate from,
            LocalDate to) {
        Objects.requireNonNull(methodology, "methodology");
        Objects.requireNonNull(project, "project");
        LocalizedText title = title(methodology, CertificateKind.ACCELERATION);
        return holders(project).stream().map(h -> new Certificate(CertificateKind.ACCELERATION, title, h,
                project.id(), project.name(), from, to, Optional.empty(), List.of()))
                .collect(ImmutableList.toImmutableList());
    }

    /** The programs a pre-acceleration certificate lists (DEF-10), as the methodology names them. */
    public static List<LocalizedText> programs(Methodology methodology) {
        Objects.requireNonNull(methodology, "methodology");
        List<CatalogEntry> content = methodology.preAcceleration().content();
        ImmutableList.Builder<LocalizedText> out = ImmutableList.builder();
        for (String code : methodology.defense().certificatePrograms()) {
            // validation guarantees every code names a pre-acceleration content entry
            content.stream().filter(e -> e.code().equals(code)).findFirst().map(CatalogEntry::name)
                    .ifPresent(out::add);
        }
        return out.build();
    }

    private static List<Participant> holders(Project project) {
        if (!project.team().isEmpty()) {
            return project.team();
        }
        return List.of(Participant.of(project.id(), project.name()));
    }

    private static LocalizedText title(Methodology m, CertificateKind kind) {
        return m.documentKind(kind.documentKind()).map(d -> d.name()).orElseGet(() -> kind == CertificateKind.ACCELERATION
                ? LocalizedText.of(Map.of(Language.KK, "Акселерация бағдарламасына қатысқаны туралы сертификат",
                        Language.RU, "Сертификат об участии в программе акселерации",
                        Language.EN, "Certificate of participation in acceleration"), List.of(Language.EN))
                : LocalizedText.of(Map.of(Language.KK, "Акселерация алды кезеңі бағдарламасына қатысу туралы сертификат",
                        Language.RU, "Сертификат об участии в программе пре-акселерации",
                        Language.EN, "Certificate of participation in pre-acceleration"), List.of(Language.EN)));
    }
}

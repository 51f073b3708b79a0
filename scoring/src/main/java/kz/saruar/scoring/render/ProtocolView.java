package kz.saruar.scoring.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.saruar.model.Language;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.decision.Reason;
import kz.saruar.scoring.DefenseProtocol;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.ProjectDecision;
import kz.saruar.scoring.Recusal;
import kz.saruar.scoring.Undecided;

/** The protocol's content laid out for a text renderer: labels in one language, lines and a table (DEF-09). */
final class ProtocolView {
    final String title;
    final List<String> meta = new ArrayList<>();
    final String juryHeading;
    final List<String> jurors = new ArrayList<>();
    final String passingHeading;
    final List<String> passing = new ArrayList<>();
    final String tableHeading;
    final List<String> header = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    final String undecidedHeading;
    final List<String> undecided = new ArrayList<>();
    final String recusalHeading;
    final List<String> recusals = new ArrayList<>();
    final String rejectedHeading;
    final List<String> rejected = new ArrayList<>();
    final String none;

    ProtocolView(DefenseProtocol p, Language l) {
        title = t(l, "Қазылар алқасы шешімінің хаттамасы", "Протокол решения жюри", "Jury decision protocol") + " (DEF-09)";
        meta.add(t(l, "Әдістеме", "Методика", "Methodology") + ": " + p.methodologyId());
        meta.add(t(l, "Күні", "Дата", "Date") + ": " + p.date());
        meta.add(t(l, "Жиынтық ауқымы", "Диапазон суммы", "Range of totals") + ": " + p.scheme().minTotal() + "–"
                + p.scheme().maxTotal() + " (DEF-05)");
        meta.add(t(l, "Өту шегі", "Проходной балл", "Pass threshold") + ": " + p.scheme().passThreshold() + " (DEF-06)");
        StringBuilder bands = new StringBuilder();
        p.scheme().bands().forEach(b -> bands.append(bands.length() == 0 ? "" : "; ").append(b.name().get(l))
                .append(' ').append(b.from()).append('–').append(b.to()));
        meta.add(t(l, "Деңгейлер", "Уровни", "Bands") + ": " + bands + " (DEF-07)");
        meta.add(t(l, "Мүдделер қақтығысы саясаты", "Политика конфликта интересов", "Conflict policy") + ": "
                + p.scheme().conflictPolicy() + "; " + t(l, "кворум", "кворум", "quorum") + " " + p.scheme().quorum());
        juryHeading = t(l, "Қазылар алқасы", "Жюри", "Jury") + " (DEF-03)";
        for (Juror j : p.panel().jurors()) {
            jurors.add(j.displayName() + " — " + role(p, j.role(), l));
        }
        for (Juror j : p.panel().substitutes()) {
            jurors.add(j.displayName() + " — " + role(p, j.role(), l) + " (" + t(l, "алмастырушы", "замещающий", "substitute") + ")");
        }
        Map<String, String> names = new HashMap<>();
        for (Project pr : p.projects()) {
            names.put(pr.id(), pr.name());
        }
        passingHeading = t(l, "Өту балына жеткен жобалар", "Проекты, набравшие проходной балл", "Projects that reached the pass score");
        for (ProjectDecision d : p.passing()) {
            passing.add(names.getOrDefault(d.projectId(), d.projectId()) + " (" + d.projectId() + ") — " + d.total());
        }
        tableHeading = t(l, "Барлық жобалардың нәтижелері", "Результаты всех проектов", "Results of every project");
        header.add("#");
        header.add(t(l, "Жоба", "Проект", "Project"));
        header.add(t(l, "Жиынтық", "Сумма", "Total"));
        header.add(t(l, "Деңгей", "Уровень", "Band"));
        header.add(t(l, "Өтті", "Прошёл", "Passed"));
        for (Criterion c : p.scheme().criteria()) {
            header.add(c.code());
        }
        header.add(t(l, "Қазылар", "Жюри", "Jurors"));
        int rank = 0;
        for (ProjectDecision d : p.ranking()) {
            rank++;
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(rank));
            row.add(names.getOrDefault(d.projectId(), d.projectId()) + " (" + d.projectId() + ")");
            row.add(d.total() + (d.prorated() ? "*" : ""));
            row.add(d.band().name().get(l));
            row.add(d.passed() ? t(l, "иә", "да", "yes") : t(l, "жоқ", "нет", "no"));
            for (Criterion c : p.scheme().criteria()) {
                row.add(Integer.toString(d.criterionSum(c.code())));
            }
            row.add(d.jurorsScored() + "/" + d.jurySize());
            rows.add(row);
        }
        if (p.ranking().stream().anyMatch(ProjectDecision::prorated)) {
            meta.add("(*) " + t(l, "қазылардың бас тартуына байланысты пропорционалды қайта есептелген",
                    "пересчитано пропорционально из-за самоотвода членов жюри",
                    "prorated to the full jury because of recusals") + " (DEF-09, " + p.options().rounding() + ")");
        }
        undecidedHeading = t(l, "Шешімсіз жобалар (кворум жоқ)", "Проекты без решения (нет кворума)", "Projects without a decision (no quorum)");
        for (Undecided u : p.undecided()) {
            undecided.add(u.reason().message().get(l));
        }
        recusalHeading = t(l, "Бас тартулар", "Самоотводы", "Recusals");
        for (Recusal r : p.recusals()) {
            recusals.add(r.projectId() + ": " + r.jurorId() + " (" + role(p, r.role(), l) + ") — "
                    + (r.reason().name().endsWith("MENTOR") ? t(l, "тәлімгер-сарапшы", "эксперт-наставник", "mentor-expert")
                            : t(l, "команда мүшесі", "член команды", "team member")));
        }
        rejectedHeading = t(l, "Қабылданбаған бағалау парақтары", "Отклонённые листы оценки", "Refused score sheets");
        for (Reason r : p.rejectedSheets()) {
            rejected.add("[" + r.rule() + "] " + r.message().get(l));
        }
        none = t(l, "жоқ", "нет", "none");
    }

    private static String role(DefenseProtocol p, String code, Language l) {
        return p.scheme().jury().seats().stream().filter(s -> s.role().equals(code)).findFirst()
                .map(s -> s.name().get(l)).orElse(code);
    }

    static String t(Language l, String kk, String ru, String en) {
        return switch (l) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
    }
}

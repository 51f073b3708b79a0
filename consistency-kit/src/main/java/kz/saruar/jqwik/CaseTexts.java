package kz.saruar.jqwik;

import static kz.saruar.jqwik.ConsistencyProperties.say;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.scheduling.consultation.PlanningProblem;
import kz.saruar.scoring.ScoreSheet;

/**
 * A consistency property's case as a user reads it in a counterexample, in kk/ru/en (FMT-03: no
 * English words and no Java type names in Kazakh or Russian output): the figures of the case, never
 * a record's {@code toString}. Kazakh and Russian are Saruar's translations of the English.
 */
final class CaseTexts {
    private CaseTexts() {
    }

    /** DEF-07: a band and a position inside it. */
    static LocalizedText bandTarget(Methodology m, ConsistencyProperties.BandTarget t) {
        String band = m.scoring().bands().get(t.band()).code();
        return say("{0} деңгейі, енінің {1} %-ы", "уровень {0}, {1} % его ширины", "band {0}, {1} % into its width",
                band, t.percent());
    }

    /** DEF-06: which end of the totals is tried. */
    static LocalizedText passOrFail(boolean pass) {
        return pass ? say("өтуге тиіс ең жоғары жиынтық", "наибольшая сумма, которая должна проходить",
                "the highest total, which should pass")
                : say("өтпеуге тиіс ең төменгі жиынтық", "наименьшая сумма, которая не должна проходить",
                        "the lowest total, which should fail");
    }

    /** DEF-04..09: each juror's scores in the order of the scheme's criteria. */
    static LocalizedText sheets(Methodology m, List<ScoreSheet> sheets) {
        ScoringScheme s = m.scoring();
        String scores = sheets.stream().map(sheet -> sheet.jurorId() + " " + s.criteria().stream()
                .map(c -> String.valueOf(sheet.scores().get(c.code()))).collect(Collectors.joining("+")))
                .collect(Collectors.joining("; "));
        return say("бағалау парақтары ({0}): {1}", "оценочные листы ({0}): {1}", "{0} score sheets: {1}", sheets.size(),
                scores);
    }

    /** DEF-04: the score raised by one and the sheets it is raised in. */
    static LocalizedText raise(Methodology m, ConsistencyProperties.Raise r) {
        String juror = r.sheets().get(r.juror()).jurorId();
        String criterion = m.scoring().criteria().get(r.criterion()).code();
        return say("{0} қазының {1} бағасы бірге көтеріледі; {2}", "оценка {1} у {0} повышается на единицу; {2}",
                "{0}'s {1} raised by one; {2}", juror, criterion, sheets(m, r.sheets()));
    }

    /** PRE-01, APP-09..11: the program's first day. */
    static LocalizedText programStart(LocalDate start) {
        return say("{0} күні басталатын бағдарлама", "программа с началом {0}", "a program starting {0}", start);
    }

    /** APP-12: a lifecycle state. */
    static LocalizedText state(ProjectState state) {
        return say("{0} күйі", "состояние {0}", "the state {0}", state);
    }

    /** LFT-04: an amount and the price of the offer covering it. */
    static LocalizedText coverage(ConsistencyProperties.Coverage c) {
        return say("бағасы {1} ұсыныспен қамтылған {0} ұпай шығару", "выпуск {0} баллов под предложение по цене {1}",
                "issuing {0} points under an offer priced {1}", c.amount(), c.price());
    }

    /** LFT-01..04: market commands, each as what it does. */
    static LocalizedText commands(List<LedgerCommand> commands) {
        return say("нарықтық командалар ({0}): {1}", "рыночные команды ({0}): {1}", "{0} market commands: {1}",
                commands.size(), join(commands.stream().map(CaseTexts::command).toList()));
    }

    private static LocalizedText command(LedgerCommand c) {
        if (c instanceof LedgerCommand.Issue i) {
            return say("{0} шотына {1} шығару", "выпуск {1} на {0}", "issue {1} to {0}", i.project().value(), i.amount());
        }
        if (c instanceof LedgerCommand.Reward r) {
            return say("{0} {1} шотына {2} марапат береді", "{0} награждает {1}: {2}", "{0} rewards {1} with {2}",
                    r.project().value(), r.participant().value(), r.amount());
        }
        if (c instanceof LedgerCommand.ListOffer o) {
            return say("{0} {1} ұсынысын шығарады: {2} × {3}", "{0} выставляет {1}: {2} × {3}", "{0} lists {1}: {2} × {3}",
                    o.seller().value(), o.offer().value(), o.quantity(), o.price());
        }
        if (c instanceof LedgerCommand.Purchase p) {
            return say("{0} {1} ұсынысынан {2} сатып алады", "{0} покупает {2} из {1}", "{0} buys {2} of {1}",
                    p.buyer().value(), p.offer().value(), p.quantity());
        }
        if (c instanceof LedgerCommand.PayForService p) {
            return say("{0} {1} шотына {2} төлейді", "{0} платит {1}: {2}", "{0} pays {1} {2}", p.payer().value(),
                    p.payee().value(), p.amount());
        }
        return say("{0} командасы", "команда {0}", "command {0}", c.key().value());
    }

    /** PRE-05, PRE-06: the size of a consultation problem and when it is planned. */
    static LocalizedText planning(PlanningProblem p) {
        return say("{0} сұраныс, {1} сарапшы, жоспарлау уақыты {2}", "запросов: {0}, экспертов: {1}, планирование на {2}",
                "{0} requests to {1} experts, planned at {2}", p.requests().size(), p.experts().size(),
                p.now().atZone(p.zone()).toLocalDateTime());
    }

    /** The parts joined with {@code "; "} in each language. */
    private static LocalizedText join(List<LocalizedText> parts) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            texts.put(l, parts.stream().map(t -> t.get(l)).collect(Collectors.joining("; ")));
        }
        return LocalizedText.of(texts, List.of(Language.KK, Language.RU));
    }
}

package kz.saruar.scoring.stats;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kz.saruar.model.Arguments;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;

/**
 * How close a project's pass decision is to flipping (informational; never changes an official
 * total, DEF-06): the fewest single-point changes of one score each (down for a project that
 * passed, up for one that did not) after which the official total, prorated as the protocol
 * does, would flip the decision; empty when no such change exists within the scale.
 *
 * @param projectId the project
 * @param passed the official decision
 * @param changesToFlip the fewest single-point changes that flip it, if any
 */
public record Sensitivity(String projectId, boolean passed, OptionalInt changesToFlip) {
    /** Refuses nulls. */
    public Sensitivity {
        Arguments.nonNull("projectId", projectId, "changesToFlip", changesToFlip);
    }

    /** The sensitivity line in kk/ru/en. */
    public LocalizedText line() {
        String kk;
        String ru;
        String en;
        if (changesToFlip.isEmpty()) {
            kk = projectId + ": шкала ішінде ешбір өзгеріс шешімді өзгертпейді";
            ru = projectId + ": никакие изменения в пределах шкалы не меняют решение";
            en = projectId + ": no change within the scale flips the decision";
        } else {
            int m = changesToFlip.getAsInt();
            kk = projectId + ": " + m + " бір ұпайлық " + (passed ? "төмендету өтуді өтпеуге" : "жоғарылату өтпеуді өтуге")
                    + " айналдырады";
            ru = projectId + ": " + m + " изменений на один балл " + (passed ? "вниз превращают «прошёл» в «не прошёл»"
                    : "вверх превращают «не прошёл» в «прошёл»");
            en = projectId + ": " + m + " single-point " + (passed ? "drop(s) would turn pass into fail"
                    : "rise(s) would turn fail into pass");
        }
        return LocalizedText.of(Map.of(Language.KK, kk, Language.RU, ru, Language.EN, en),
                List.of(Language.KK, Language.EN));
    }
}

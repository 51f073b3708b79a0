package kz.saruar.community.region;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;

/**
 * The roles of a regional rollout and the REG-01 tasks each takes part in (REG-02, M V.5.2).
 * Kazakh and Russian names are the seed's own words (both halves of M V.5.2); English is Saruar's
 * translation and marked so.
 */
public enum RegionalRole {
    /** The akimat's responsible body (internal policy / information and public development): tasks 1, 3, 4, 5. */
    RESPONSIBLE_BODY("Жауапты орган – ІСБ/АҚДБ", "Ответственный орган – УВП/УИОР",
            "The responsible body: the internal policy / information and public development department",
            EnumSet.of(RegionalTask.SELECT_AND_CLUSTER, RegionalTask.COORDINATE, RegionalTask.ATTRACT_RESOURCES,
                    RegionalTask.PREPARE_FOR_FUNDING)),
    /** Civil resource centers: all seven tasks. */
    CIVIL_RESOURCE_CENTER("Азаматтық ресурстық орталықтар", "Гражданские ресурсные центры", "Civil resource centers",
            EnumSet.allOf(RegionalTask.class)),
    /** Regional project offices: redirect projects, information support, tasks 4 and 5. */
    PROJECT_OFFICE("Өңірлік жобалық кеңселер", "Региональные проектные офисы", "Regional project offices",
            EnumSet.of(RegionalTask.ATTRACT_RESOURCES, RegionalTask.PREPARE_FOR_FUNDING));

    private final LocalizedText name;
    private final Set<RegionalTask> tasks;

    RegionalRole(String kk, String ru, String en, Set<RegionalTask> tasks) {
        this.name = LocalizedText.of(Map.of(Language.KK, kk, Language.RU, ru, Language.EN, en), List.of(Language.EN));
        this.tasks = Set.copyOf(tasks);
    }

    /** The role's name in kk/ru/en. */
    public LocalizedText displayName() {
        return name;
    }

    /** The REG-01 tasks this role takes part in. */
    public Set<RegionalTask> tasks() {
        return tasks;
    }
}

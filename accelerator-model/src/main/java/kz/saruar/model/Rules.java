package kz.saruar.model;

import java.util.List;

/**
 * The IDs of the methodology's rules as constants (every rule has an ID that code, tests and
 * error codes cite), one per rule of the rule book {@code docs/rules.md}.
 *
 * <p>Generated from the rules of the standard methodology by
 * {@code kz.saruar.model.methodology.ReferenceDocs#rulesJava}; do not edit by hand.
 * {@code GeneratedReferenceTest} fails when this file is out of date; regenerate with
 * {@code -Dsaruar.regenerate=true}.
 */
public final class Rules {
    /** ACC-01 — Duration. */
    public static final RuleId ACC_01 = RuleId.of("ACC-01");

    /** ACC-02 — Curriculum. */
    public static final RuleId ACC_02 = RuleId.of("ACC-02");

    /** ACC-03 — Demo presentations. */
    public static final RuleId ACC_03 = RuleId.of("ACC-03");

    /** ACC-04 — Monthly coaching. */
    public static final RuleId ACC_04 = RuleId.of("ACC-04");

    /** ACC-05 — GROW model. */
    public static final RuleId ACC_05 = RuleId.of("ACC-05");

    /** APP-01 — Who may apply. */
    public static final RuleId APP_01 = RuleId.of("APP-01");

    /** APP-02 — Participant requirements. */
    public static final RuleId APP_02 = RuleId.of("APP-02");

    /** APP-03 — Project form. */
    public static final RuleId APP_03 = RuleId.of("APP-03");

    /** APP-04 — Short application. */
    public static final RuleId APP_04 = RuleId.of("APP-04");

    /** APP-05 — Project concept. */
    public static final RuleId APP_05 = RuleId.of("APP-05");

    /** APP-06 — Registration documents. */
    public static final RuleId APP_06 = RuleId.of("APP-06");

    /** APP-07 — Competition selection criteria. */
    public static final RuleId APP_07 = RuleId.of("APP-07");

    /** APP-08 — Pre-acceleration admission criteria. */
    public static final RuleId APP_08 = RuleId.of("APP-08");

    /** APP-09 — Intake window. */
    public static final RuleId APP_09 = RuleId.of("APP-09");

    /** APP-10 — Preselection and first interview. */
    public static final RuleId APP_10 = RuleId.of("APP-10");

    /** APP-11 — Commission deadlines. */
    public static final RuleId APP_11 = RuleId.of("APP-11");

    /** APP-12 — Finality. */
    public static final RuleId APP_12 = RuleId.of("APP-12");

    /** APP-13 — Commission. */
    public static final RuleId APP_13 = RuleId.of("APP-13");

    /** CAT-01 — Directions. */
    public static final RuleId CAT_01 = RuleId.of("CAT-01");

    /** CAT-02 — Regional directions. */
    public static final RuleId CAT_02 = RuleId.of("CAT-02");

    /** CAT-03 — Principles. */
    public static final RuleId CAT_03 = RuleId.of("CAT-03");

    /** CAT-04 — Acceleration stages and the expert's role. */
    public static final RuleId CAT_04 = RuleId.of("CAT-04");

    /** CAT-05 — Expert areas. */
    public static final RuleId CAT_05 = RuleId.of("CAT-05");

    /** CAT-06 — Funding sources after acceleration. */
    public static final RuleId CAT_06 = RuleId.of("CAT-06");

    /** CAT-07 — Social-project ranking criteria. */
    public static final RuleId CAT_07 = RuleId.of("CAT-07");

    /** CAT-08 — Ikigai for social initiatives. */
    public static final RuleId CAT_08 = RuleId.of("CAT-08");

    /** DEF-01 — Two stages. */
    public static final RuleId DEF_01 = RuleId.of("DEF-01");

    /** DEF-02 — Presentation. */
    public static final RuleId DEF_02 = RuleId.of("DEF-02");

    /** DEF-03 — Jury composition. */
    public static final RuleId DEF_03 = RuleId.of("DEF-03");

    /** DEF-04 — Criteria. */
    public static final RuleId DEF_04 = RuleId.of("DEF-04");

    /** DEF-05 — Total. */
    public static final RuleId DEF_05 = RuleId.of("DEF-05");

    /** DEF-06 — Pass threshold. */
    public static final RuleId DEF_06 = RuleId.of("DEF-06");

    /** DEF-07 — Bands. */
    public static final RuleId DEF_07 = RuleId.of("DEF-07");

    /** DEF-08 — Consistency. */
    public static final RuleId DEF_08 = RuleId.of("DEF-08");

    /** DEF-09 — Protocol. */
    public static final RuleId DEF_09 = RuleId.of("DEF-09");

    /** DEF-10 — Certificate. */
    public static final RuleId DEF_10 = RuleId.of("DEF-10");

    /** DEF-11 — Application to acceleration. */
    public static final RuleId DEF_11 = RuleId.of("DEF-11");

    /** DEF-12 — Acceleration admission criteria. */
    public static final RuleId DEF_12 = RuleId.of("DEF-12");

    /** EXP-01 — Requirements. */
    public static final RuleId EXP_01 = RuleId.of("EXP-01");

    /** EXP-02 — Formats. */
    public static final RuleId EXP_02 = RuleId.of("EXP-02");

    /** EXP-03 — Duties. */
    public static final RuleId EXP_03 = RuleId.of("EXP-03");

    /** EXP-04 — Mentor's monthly progress report. */
    public static final RuleId EXP_04 = RuleId.of("EXP-04");

    /** EXP-05 — Coach behaviours and expert competency profile. */
    public static final RuleId EXP_05 = RuleId.of("EXP-05");

    /** EXT-01 — Exit tasks. */
    public static final RuleId EXT_01 = RuleId.of("EXT-01");

    /** EXT-02 — Brand ambassador status. */
    public static final RuleId EXT_02 = RuleId.of("EXT-02");

    /** EXT-03 — Ambassador documents. */
    public static final RuleId EXT_03 = RuleId.of("EXT-03");

    /** EXT-04 — Ambassador participation order. */
    public static final RuleId EXT_04 = RuleId.of("EXT-04");

    /** EXT-05 — Cascade model. */
    public static final RuleId EXT_05 = RuleId.of("EXT-05");

    /** FMT-01 — File format [default]. */
    public static final RuleId FMT_01 = RuleId.of("FMT-01");

    /** FMT-02 — Unique codes and valid references [default]. */
    public static final RuleId FMT_02 = RuleId.of("FMT-02");

    /** FMT-03 — Three languages [default]. */
    public static final RuleId FMT_03 = RuleId.of("FMT-03");

    /** HUB-01 — Mentor matching. */
    public static final RuleId HUB_01 = RuleId.of("HUB-01");

    /** HUB-02 — Pro-bono experts. */
    public static final RuleId HUB_02 = RuleId.of("HUB-02");

    /** HUB-03 — Social-impact tracking. */
    public static final RuleId HUB_03 = RuleId.of("HUB-03");

    /** HUB-04 — Memberships. */
    public static final RuleId HUB_04 = RuleId.of("HUB-04");

    /** HUB-05 — Community and collaboration. */
    public static final RuleId HUB_05 = RuleId.of("HUB-05");

    /** LFT-01 — Issuance. */
    public static final RuleId LFT_01 = RuleId.of("LFT-01");

    /** LFT-02 — Rewards. */
    public static final RuleId LFT_02 = RuleId.of("LFT-02");

    /** LFT-03 — LIFT-MARKET. */
    public static final RuleId LFT_03 = RuleId.of("LFT-03");

    /** LFT-04 — Coverage. */
    public static final RuleId LFT_04 = RuleId.of("LFT-04");

    /** LFT-05 — Forum grants. */
    public static final RuleId LFT_05 = RuleId.of("LFT-05");

    /** LFT-06 — Transparency. */
    public static final RuleId LFT_06 = RuleId.of("LFT-06");

    /** LFT-07 — Ledger integrity [default]. */
    public static final RuleId LFT_07 = RuleId.of("LFT-07");

    /** LFT-08 — Priority directions for mass involvement. */
    public static final RuleId LFT_08 = RuleId.of("LFT-08");

    /** MAT-01 — Four stages. */
    public static final RuleId MAT_01 = RuleId.of("MAT-01");

    /** MAT-02 — Seven lifecycle stages. */
    public static final RuleId MAT_02 = RuleId.of("MAT-02");

    /** MAT-03 — Support measures by phase. */
    public static final RuleId MAT_03 = RuleId.of("MAT-03");

    /** MAT-04 — Stage mapping [default]. */
    public static final RuleId MAT_04 = RuleId.of("MAT-04");

    /** MAT-05 — Diagnostic questionnaires. */
    public static final RuleId MAT_05 = RuleId.of("MAT-05");

    /** MAT-06 — Typical problems. */
    public static final RuleId MAT_06 = RuleId.of("MAT-06");

    /** MAT-07 — Acceleration focus → results. */
    public static final RuleId MAT_07 = RuleId.of("MAT-07");

    /** PLT-01 — The accelerator's site. */
    public static final RuleId PLT_01 = RuleId.of("PLT-01");

    /** PRE-01 — Duration and content. */
    public static final RuleId PRE_01 = RuleId.of("PRE-01");

    /** PRE-02 — Kickoff sessions. */
    public static final RuleId PRE_02 = RuleId.of("PRE-02");

    /** PRE-03 — Mandatory course. */
    public static final RuleId PRE_03 = RuleId.of("PRE-03");

    /** PRE-04 — Individual plan. */
    public static final RuleId PRE_04 = RuleId.of("PRE-04");

    /** PRE-05 — Consultation planning. */
    public static final RuleId PRE_05 = RuleId.of("PRE-05");

    /** PRE-06 — Consultation rules. */
    public static final RuleId PRE_06 = RuleId.of("PRE-06");

    /** PRE-07 — Group consultations. */
    public static final RuleId PRE_07 = RuleId.of("PRE-07");

    /** PRE-08 — Documentation package. */
    public static final RuleId PRE_08 = RuleId.of("PRE-08");

    /** PRE-09 — Expulsion. */
    public static final RuleId PRE_09 = RuleId.of("PRE-09");

    /** PRE-10 — Characteristic. */
    public static final RuleId PRE_10 = RuleId.of("PRE-10");

    /** REG-01 — Tasks of a regional accelerator. */
    public static final RuleId REG_01 = RuleId.of("REG-01");

    /** REG-02 — Roles. */
    public static final RuleId REG_02 = RuleId.of("REG-02");

    /** REG-03 — What support depends on. */
    public static final RuleId REG_03 = RuleId.of("REG-03");

    /** REG-04 — What initiatives give authorities, and problems of territories they solve. */
    public static final RuleId REG_04 = RuleId.of("REG-04");

    private static final List<RuleId> ALL = List.of(
            ACC_01, ACC_02, ACC_03, ACC_04, ACC_05, APP_01, APP_02, APP_03,
            APP_04, APP_05, APP_06, APP_07, APP_08, APP_09, APP_10, APP_11,
            APP_12, APP_13, CAT_01, CAT_02, CAT_03, CAT_04, CAT_05, CAT_06,
            CAT_07, CAT_08, DEF_01, DEF_02, DEF_03, DEF_04, DEF_05, DEF_06,
            DEF_07, DEF_08, DEF_09, DEF_10, DEF_11, DEF_12, EXP_01, EXP_02,
            EXP_03, EXP_04, EXP_05, EXT_01, EXT_02, EXT_03, EXT_04, EXT_05,
            FMT_01, FMT_02, FMT_03, HUB_01, HUB_02, HUB_03, HUB_04, HUB_05,
            LFT_01, LFT_02, LFT_03, LFT_04, LFT_05, LFT_06, LFT_07, LFT_08,
            MAT_01, MAT_02, MAT_03, MAT_04, MAT_05, MAT_06, MAT_07, PLT_01,
            PRE_01, PRE_02, PRE_03, PRE_04, PRE_05, PRE_06, PRE_07, PRE_08,
            PRE_09, PRE_10, REG_01, REG_02, REG_03, REG_04);

    private Rules() {
    }

    /** Every rule ID of the rule book, in ID order. */
    public static List<RuleId> all() {
        return ALL;
    }
}

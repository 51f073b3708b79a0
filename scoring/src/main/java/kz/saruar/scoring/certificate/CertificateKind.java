package kz.saruar.scoring.certificate;

import kz.saruar.model.RuleId;

/** The two certificates of the program: pre-acceleration participation (DEF-10) and acceleration (ACC-03). */
public enum CertificateKind {
    /** Certificate of participation in pre-acceleration, for every defense participant (DEF-10). */
    PRE_ACCELERATION("PRE_ACCELERATION_CERTIFICATE", "DEF-10"),
    /** Certificate of acceleration, for each team at the demo presentations (ACC-03). */
    ACCELERATION("ACCELERATION_CERTIFICATE", "ACC-03");

    private final String documentKind;
    private final RuleId rule;

    CertificateKind(String documentKind, String rule) {
        this.documentKind = documentKind;
        this.rule = RuleId.of(rule);
    }

    /** The methodology's document kind code. */
    public String documentKind() {
        return documentKind;
    }

    /** The rule that awards the certificate. */
    public RuleId rule() {
        return rule;
    }
}

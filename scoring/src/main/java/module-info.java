/**
 * Jury scoring (DEF-01..10 and EXT-02, docs/rules.md): score sheets, totals, bands, pass
 * decisions, protocols and their renderers, certificates, brand-ambassador assessments, statistics.
 *
 * <p>Every package is API; each is opened to Jackson databind alone, which reads and writes the
 * records (score sheets, panels) by reflection.
 */
module kz.saruar.scoring {
    requires transitive kz.saruar.model;
    requires com.google.common;
    requires org.slf4j;

    exports kz.saruar.scoring;
    exports kz.saruar.scoring.ambassador;
    exports kz.saruar.scoring.certificate;
    exports kz.saruar.scoring.render;
    exports kz.saruar.scoring.sheets;
    exports kz.saruar.scoring.stats;

    opens kz.saruar.scoring to com.fasterxml.jackson.databind;
    opens kz.saruar.scoring.ambassador to com.fasterxml.jackson.databind;
    opens kz.saruar.scoring.certificate to com.fasterxml.jackson.databind;
    opens kz.saruar.scoring.render to com.fasterxml.jackson.databind;
    opens kz.saruar.scoring.sheets to com.fasterxml.jackson.databind;
    opens kz.saruar.scoring.stats to com.fasterxml.jackson.databind;
}

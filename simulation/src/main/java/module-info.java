// The automatic modules required here have a stable Automatic-Module-Name in their manifests.
/**
 * A whole cohort simulated from application to brand ambassador under a methodology, with the
 * ledger's circulation (LFT-01..08), and its report as HTML with SVG charts and JSON.
 */
@SuppressWarnings("requires-automatic")
module kz.saruar.simulation {
    requires transitive kz.saruar.model;
    requires transitive kz.saruar.scoring;
    requires transitive kz.saruar.scheduling;
    requires transitive kz.saruar.ledger;
    requires transitive kz.saruar.cohort;
    requires com.google.common;
    requires java.desktop;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires org.slf4j;

    exports kz.saruar.simulation;
    exports kz.saruar.simulation.report;
}

/**
 * The seeds' other systems (the HUB and PLT rules of docs/rules.md): registries of experts and
 * projects (PLT-01), mentor matching by mutual consent (HUB-01, HUB-02), social impact (HUB-03),
 * collaborations (HUB-05), regional readiness (REG-01..04) and the ikigai worksheet (CAT-08), whose
 * templates are a document-template provider of the SPI.
 *
 * <p>Every package is API; each is opened to Jackson databind alone, which binds the registry,
 * consent and region records by reflection.
 */
module kz.saruar.community {
    requires transitive kz.saruar.model;
    requires com.google.common;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;

    exports kz.saruar.community;
    exports kz.saruar.community.collaboration;
    exports kz.saruar.community.consent;
    exports kz.saruar.community.ikigai;
    exports kz.saruar.community.impact;
    exports kz.saruar.community.journal;
    exports kz.saruar.community.matching;
    exports kz.saruar.community.region;
    exports kz.saruar.community.registry;

    opens kz.saruar.community to com.fasterxml.jackson.databind;
    opens kz.saruar.community.collaboration to com.fasterxml.jackson.databind;
    opens kz.saruar.community.consent to com.fasterxml.jackson.databind;
    opens kz.saruar.community.ikigai to com.fasterxml.jackson.databind;
    opens kz.saruar.community.impact to com.fasterxml.jackson.databind;
    opens kz.saruar.community.journal to com.fasterxml.jackson.databind;
    opens kz.saruar.community.matching to com.fasterxml.jackson.databind;
    opens kz.saruar.community.region to com.fasterxml.jackson.databind;
    opens kz.saruar.community.registry to com.fasterxml.jackson.databind;

    provides kz.saruar.spi.document.DocumentTemplateProvider with kz.saruar.community.ikigai.IkigaiTemplates;
}

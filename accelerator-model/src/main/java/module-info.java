// The automatic modules required here have a stable Automatic-Module-Name in their manifests.
/**
 * The methodology's vocabulary and catalog (docs/rules.md): the standard methodology
 * as data, loading and validating it (FMT-01..03), applications and eligibility (APP-01..08),
 * lifecycle (APP-08..EXT-04), decisions as values, the one strict JSON reader, documents.
 *
 * <p>Every package is API. Each is also opened to Jackson databind alone: the JSON reader and the
 * JSON writers bind this module's records and enums by reflection.
 */
@SuppressWarnings("requires-automatic")
module kz.saruar.model {
    requires transitive kz.saruar.spi;
    requires com.google.common;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.github.mustachejava;
    requires org.slf4j;

    exports kz.saruar.model;
    exports kz.saruar.model.application;
    exports kz.saruar.model.catalog;
    exports kz.saruar.model.decision;
    exports kz.saruar.model.diagnostics;
    exports kz.saruar.model.document;
    exports kz.saruar.model.journal;
    exports kz.saruar.model.json;
    exports kz.saruar.model.lifecycle;
    exports kz.saruar.model.methodology;
    exports kz.saruar.model.privacy;
    exports kz.saruar.model.validation;

    opens kz.saruar.model to com.fasterxml.jackson.databind;
    opens kz.saruar.model.application to com.fasterxml.jackson.databind;
    opens kz.saruar.model.catalog to com.fasterxml.jackson.databind;
    opens kz.saruar.model.decision to com.fasterxml.jackson.databind;
    opens kz.saruar.model.diagnostics to com.fasterxml.jackson.databind;
    opens kz.saruar.model.document to com.fasterxml.jackson.databind;
    opens kz.saruar.model.journal to com.fasterxml.jackson.databind;
    opens kz.saruar.model.json to com.fasterxml.jackson.databind;
    opens kz.saruar.model.lifecycle to com.fasterxml.jackson.databind;
    opens kz.saruar.model.methodology to com.fasterxml.jackson.databind;
    opens kz.saruar.model.privacy to com.fasterxml.jackson.databind;
    opens kz.saruar.model.validation to com.fasterxml.jackson.databind;
}

/**
 * A modular application built on Saruar, run on the module path by the build (ModulePathTest): it
 * requires every library module, so that a missing export, a missing {@code provides} or a missing
 * Jackson {@code opens} fails the build. It also shows what an application's own plugin declares.
 */
module kz.saruar.consumer {
    requires kz.saruar.spi;
    requires kz.saruar.model;
    requires kz.saruar.scoring;
    requires kz.saruar.scheduling;
    requires kz.saruar.ledger;
    requires kz.saruar.cohort;
    requires kz.saruar.simulation;
    requires kz.saruar.community;
    requires kz.saruar.storage.postgresql;
    requires kz.saruar.spi.testkit;
    requires kz.saruar.jqwik;

    provides kz.saruar.spi.direction.DirectionProvider with kz.saruar.consumer.ModulePathDirections;
}

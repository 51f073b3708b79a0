/**
 * A cohort (the rules APP, PRE, DEF, ACC and EXT of docs/rules.md; the journal follows LFT-06): one
 * intake under one pinned methodology, kept as a hash-chained journal of events on any journal
 * store, with commands decided by the rules of the model, scoring, scheduling and ledger modules,
 * and erasable personal data.
 *
 * <p>Both packages are API and opened to Jackson databind alone, which writes and reads the events
 * and commands by reflection.
 */
module kz.saruar.cohort {
    requires transitive kz.saruar.model;
    requires transitive kz.saruar.scoring;
    requires transitive kz.saruar.scheduling;
    requires transitive kz.saruar.ledger;
    requires com.google.common;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;

    exports kz.saruar.cohort;
    exports kz.saruar.cohort.privacy;

    opens kz.saruar.cohort to com.fasterxml.jackson.databind;
    opens kz.saruar.cohort.privacy to com.fasterxml.jackson.databind;
}

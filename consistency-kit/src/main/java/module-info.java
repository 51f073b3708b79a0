/**
 * A rule-consistency kit for adopters of the methodology: jqwik generators of Saruar's domain
 * types, properties the rules promise together, a contract for a user's own methodology, and a
 * command-line runner; the generators are also a jqwik arbitrary provider.
 *
 * <p>Open because its only use is being run by jqwik, which calls the properties reflectively.
 */
open module kz.saruar.jqwik {
    requires transitive kz.saruar.model;
    requires transitive kz.saruar.scoring;
    requires transitive kz.saruar.scheduling;
    requires transitive kz.saruar.ledger;
    requires transitive net.jqwik.api;
    requires com.google.common;
    requires org.slf4j;

    exports kz.saruar.jqwik;

    provides net.jqwik.api.providers.ArbitraryProvider with kz.saruar.jqwik.MethodologyArbitraryProvider;
}

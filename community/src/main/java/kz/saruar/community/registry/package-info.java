/**
 * The registries of the accelerator's site (PLT-01): experts with their areas (CAT-05), engagement
 * (HUB-02), capacity and conflicts of interest; projects across cohorts with their needs, history,
 * certificates, ambassador status and impact; search and filter.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.community.registry;

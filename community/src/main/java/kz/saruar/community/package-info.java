/**
 * The seeds' other systems (the HUB and PLT rules of docs/rules.md): registries of experts and
 * projects (PLT-01), mentor matching by mutual consent (HUB-01, HUB-02), social impact by the
 * theory of change (HUB-03), collaborations (HUB-05), regional readiness (REG-03, REG-04) and the
 * ikigai worksheet (CAT-08). This package holds what the sub-packages share: the refusal codes.
 *
 * <p>Null policy: no parameter or return value of a public API in this package or its
 * sub-packages is {@code null}; absent values are {@link java.util.Optional}.
 */
package kz.saruar.community;

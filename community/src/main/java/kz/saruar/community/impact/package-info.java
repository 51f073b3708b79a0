/**
 * Social-impact tracking (HUB-03): a project's theory of change (inputs → activities → outputs →
 * outcomes → impact), indicators with baseline, target and direction of good, measurements over
 * time with source and evidence, optional IRIS+ metric IDs and the Impact Management Project's five
 * dimensions; progress reports as HTML with SVG charts and CSV, and a cohort and region summary.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.community.impact;

/**
 * The cohort report (docs/simulation.md, "The report"): one self-contained HTML file with inline
 * SVG charts (JFreeChart on JFreeSVG) and a table behind every chart, the same tables as CSV, and a
 * JSON summary. Kazakh and Russian labels are Saruar's translations where the seeds have none.
 * Null policy: no parameter or return value is null.
 */
package kz.saruar.simulation.report;

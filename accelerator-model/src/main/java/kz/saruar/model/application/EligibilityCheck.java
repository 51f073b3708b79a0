package kz.saruar.model.application;

import java.time.Clock;
import kz.saruar.model.methodology.Methodology;

/** An eligibility check of one or more rules (APP-01..08, DEF-12): a pure function of the application, the methodology and a clock. */
@FunctionalInterface
public interface EligibilityCheck {
    /** Checks the application; never throws for an ineligible application. */
    EligibilityVerdict check(ProjectApplication application, Methodology methodology, Clock clock);
}

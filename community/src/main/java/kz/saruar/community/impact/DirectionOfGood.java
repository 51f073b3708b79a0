package kz.saruar.community.impact;

/** Which way an indicator should move for the better (HUB-03). */
public enum DirectionOfGood {
    /** More is better (e.g. people trained). */
    INCREASE,
    /** Less is better (e.g. waste sent to landfill). */
    DECREASE
}

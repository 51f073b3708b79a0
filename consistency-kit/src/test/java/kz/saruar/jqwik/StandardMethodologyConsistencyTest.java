package kz.saruar.jqwik;

import kz.saruar.model.methodology.Methodology;

/** The standard methodology keeps every promise of the kit (the contract as an adopter uses it). */
class StandardMethodologyConsistencyTest implements MethodologyConsistencyContract {
    @Override
    public Methodology methodology() {
        return Methodology.standard();
    }
}

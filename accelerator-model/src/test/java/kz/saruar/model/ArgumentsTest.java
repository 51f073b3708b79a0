package kz.saruar.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArgumentsTest {
    @Test
    void accepts_a_group_without_nulls() {
        assertThatCode(() -> Arguments.nonNull("code", "A", "count", 1)).doesNotThrowAnyException();
    }

    @Test
    void names_the_first_null_argument() {
        assertThatThrownBy(() -> Arguments.nonNull("code", "A", "name", null, "rules", null))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @Test
    void refuses_names_and_values_out_of_pairs() {
        assertThatThrownBy(() -> Arguments.nonNull("code", "A", "name"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Arguments.nonNull("code", "A", 3, "B"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

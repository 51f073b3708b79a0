package kz.saruar.model.methodology;

import kz.saruar.model.decision.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import kz.saruar.model.Language;
import kz.saruar.model.Rules;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.RuleText;
import org.junit.jupiter.api.Test;

/**
 * Example tests for rules that the code cites but no test named before (traceability, issue 9):
 * each asserts what the standard methodology says for that rule and how a change is checked.
 */
class RuleExamplesTest {
    private final Methodology m = Methodology.loader().withoutDiscovery().standard().orElseThrow();

    @Test
    void APP_13_the_commission_of_the_ministry_kior_and_the_experts_is_in_the_rule_book() {
        RuleText commission = m.rule(Rules.APP_13).orElseThrow();
        assertThat(commission.title().get(Language.RU)).isEqualTo("Конкурсная комиссия");
        assertThat(commission.text()).contains("МИОР", "KIOR", "experts for each of the directions");
        assertThat(commission.source()).contains("M I.1.1");
        // the commission starts work within a number of working days of the deadline (APP-11 data)
        assertThat(m.document().intake().commissionStartWorkingDays()).isEqualTo(20);
    }

    @Test
    void EXT_01_five_exit_tasks_in_the_order_of_the_methodology() {
        assertThat(m.exit().tasks()).extracting(CatalogEntry::code).containsExactly("DEVELOPMENT_PROGRAM",
                "MENTORING_COURSE", "FINANCIAL_MODEL", "MENTOR_ACCREDITATION", "CASCADE_SUPPORT");
        for (CatalogEntry task : m.exit().tasks()) {
            for (Language l : Language.values()) {
                assertThat(task.name().get(l)).as("%s in %s", task.code(), l).isNotBlank();
            }
        }
    }

    @Test
    void EXT_01_an_accelerator_may_state_its_own_exit_tasks() {
        Methodology own = m.toBuilder().patch("""
                {"exit": {"tasks": [{"code": "FRANCHISE", "name": {"kk": "Франшиза", "ru": "Франшиза", "en": "Franchise", "translated": []}}]}}
                """).build();
        assertThat(own.exit().tasks()).extracting(CatalogEntry::code).containsExactly("FRANCHISE");
    }

    @Test
    void DEF_02_three_minutes_of_presentation_and_two_of_questions() {
        assertThat(m.defense().presentationMaxMinutes()).isEqualTo(3);
        assertThat(m.defense().questionsMaxMinutes()).isEqualTo(2);
        assertThat(m.rule(Rules.DEF_02).orElseThrow().text()).contains("At most 3 minutes of presentation plus 2 minutes of questions");
    }

    @Test
    void DEF_02_a_presentation_of_zero_minutes_is_refused_naming_the_rule() {
        Outcome<Methodology> zero = m.toBuilder().patch("{\"defense\": {\"presentationMaxMinutes\": 0}}").validate();
        assertThat(zero.reasons()).anySatisfy(p -> {
            assertThat(p.subject()).isEqualTo("$.defense.presentationMaxMinutes");
            assertThat(p.rule()).isEqualTo(Rules.DEF_02);
        });
    }
}

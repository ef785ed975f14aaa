package kz.legalstat.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleFileTest {

    @Test
    void aRowRuleGivesItsSourceConditionAndFindingsWithoutItsComments() {
        RuleFile rule = RuleFile.read("ACT_OUTCOME_WITHOUT_CONSIDERATION");

        assertThat(rule.isRowRule()).isTrue();
        assertThat(rule.over()).isEqualTo("act");
        assertThat(rule.when()).isEqualTo("a.outcome IS NOT NULL AND a.considered_on IS NULL");
        assertThat(rule.then()).isEqualTo("SELECT 'outcome', a.outcome, NULL, a.outcome, a.outcome");
        assertThat(rule.select()).isNull();
    }

    @Test
    void aStatementRuleIsItsWholeSelect() {
        RuleFile rule = RuleFile.read("PLAUSIBILITY_VS_LAST_YEAR");

        assertThat(rule.isRowRule()).isFalse();
        assertThat(rule.select()).contains("WITH counts AS").doesNotEndWith(";");
    }

    @Test
    void aRowRuleWithoutItsParts() {
        assertThatThrownBy(() -> RuleFile.read("TEST_ROW_RULE_WITHOUT_THEN"))
                .hasMessageContaining("quality/rules/TEST_ROW_RULE_WITHOUT_THEN.sql")
                .hasMessageContaining("'-- over act' (or act_status), '-- when' and '-- then', in that order");
        assertThatThrownBy(() -> RuleFile.read("NO_SUCH_RULE"))
                .hasMessageContaining("has no quality/rules/NO_SUCH_RULE.sql");
    }
}

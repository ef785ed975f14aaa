package kz.legalstat.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;
import kz.legalstat.ingest.CurrentState;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalogue as data: what jobs/quality-rules.yml changes (severity, enabled, tolerance, effective months)
 * takes effect without a release; duplicates, plausibility and the units a severity ERROR keeps out.
 */
class QualityCatalogueTest extends PostgresTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    CurrentState currentState;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    QualitySettings shippedSettings;

    private List<Map<String, Object>> shipped;

    @BeforeEach
    void oneUnitsOctober() {
        shipped = jdbc.sql("SELECT id, severity, enabled, tolerance, valid_from, valid_to FROM quality_rule")
                .query().listOfRows();
        MonthData data = new MonthData(jdbc);
        long acts = data.submission("acts", "1910", "2026-10-01");
        for (int i = 1; i <= 30; i++) {
            data.act(acts, i + 1, "A-" + i, "WARNING", "2026-10-05", null, null, null, null, null);
        }
        // the same act twice in the file, and an act dated after the month
        data.act(acts, 32, "A-7", "WARNING", "2026-10-05", null, null, null, null, null);
        data.act(acts, 33, "A-NOV", "WARNING", "2026-11-03", null, null, null, null, null);
        // a protest received two days before it was issued, still unanswered
        data.act(acts, 34, "A-ORDER", "PROTEST", "2026-10-10", "2026-10-08", null, null, null, null);
        long lastYear = data.submission("acts", "1910", "2025-10-01");
        for (int i = 1; i <= 12; i++) {
            data.act(lastYear, i + 1, "L-" + i, "WARNING", "2025-10-06", null, null, null, null, null);
        }
        long form = data.submission("form", "1910", "2026-10-01");
        // every required indicator; the register holds 30 warnings issued in October (A-1..A-30: A-7's repeat is
        // the same act, A-NOV is November's), the form says 31
        int row = 2;
        for (String type : List.of("PROTEST", "SUBMISSION", "WARNING", "APPEAL", "EXPLANATION", "INSTRUCTION",
                "RESOLUTION", "DEMAND")) {
            data.form(form, row++, "1910", "ACTS." + type + ".ISSUED", type.equals("WARNING") ? 31 : type.equals("PROTEST") ? 1 : 0);
        }
        data.form(form, row, "1910", "ACTS.PERSONS_DISCIPLINED", 0);
        currentState.refresh();
    }

    @AfterEach
    void shippedCatalogueBack() {
        for (Map<String, Object> rule : shipped) {
            jdbc.sql("UPDATE quality_rule SET severity = ?, enabled = ?, tolerance = ?, valid_from = ?, valid_to = ? "
                            + "WHERE id = ?")
                    .params(rule.get("severity"), rule.get("enabled"), rule.get("tolerance"), rule.get("valid_from"),
                            rule.get("valid_to"), rule.get("id")).update();
        }
    }

    @Test
    void shippedSettingsFindEveryProblemAndKeepTheUnitOut() {
        long run = checks(Map.of()).run(OCTOBER, 0);

        assertThat(rules(run)).containsExactlyInAnyOrder("ROW_DUPLICATE:32:ERROR", "ACT_DATE_AFTER_PERIOD:33:ERROR",
                "ACT_DATE_ORDER:34:ERROR", "ACT_UNANSWERED_PAST_TERM:34:WARNING", "FORM_DETAIL_MISMATCH:4:ERROR",
                "PLAUSIBILITY_VS_LAST_YEAR::WARNING");
        assertThat(finding(run, "ACT_DATE_ORDER")).containsEntry("value", "received_on")
                .containsEntry("actual", "received_on 2026-10-08 < issued_on 2026-10-10");
        assertThat(finding(run, "ROW_DUPLICATE")).containsEntry("value", "1910 A-7").containsEntry("expected", "8");
        assertThat(finding(run, "PLAUSIBILITY_VS_LAST_YEAR")).containsEntry("expected", "12")
                .containsEntry("actual", "31 (+158 %)");
        assertThat(finding(run, "FORM_DETAIL_MISMATCH")).containsEntry("expected", "30").containsEntry("actual", "31");
        assertThat(jdbc.sql("SELECT unit_code FROM blocked_units(DATE '2026-10-01')").query(String.class).list())
                .contains("1910");
    }

    @Test
    void aFileDatedInTheFutureAndTextThatLostItsKazakhLettersAreNamedForTheUnitToFix() {
        MonthData data = new MonthData(jdbc);
        long acts = jdbc.sql("SELECT id FROM submission WHERE kind = 'acts' AND period = DATE '2026-10-01'")
                .query(Long.class).single();
        // the clock of the computer that saved the file ran a day ahead of the server's
        jdbc.sql("UPDATE submission SET file_modified_at = collected_at + INTERVAL '1 day' WHERE id = ?").param(acts)
                .update();
        // saved in Windows-1251, «Қазақстан» and «Әділет» lost their Kazakh letters; a question mark that ends a word
        // is punctuation
        data.act(acts, 50, "E-1", "WARNING", "2026-10-05", null, null, null, null, null, "ТОО «?аза?стан»");
        data.act(acts, 51, "E-2", "WARNING", "2026-10-05", null, null, null, null, null, "?ділет басқармасы");
        data.act(acts, 52, "E-3", "WARNING", "2026-10-05", null, null, null, null, null, "ИП «Кто? Где?»");
        currentState.refresh();

        long run = checks(Map.of()).run(OCTOBER, 0);

        // one finding for the file: two rows, the first of them shown
        assertThat(rules(run)).contains("TEXT_ENCODING_LOST:50:WARNING", "FILE_TIME_IN_FUTURE::WARNING");
        assertThat(finding(run, "TEXT_ENCODING_LOST")).containsEntry("value", "ТОО «?аза?стан»")
                .containsEntry("expected", "2");
        assertThat(jdbc.sql("SELECT message_ru FROM finding WHERE run_id = ? AND rule_id = 'FILE_TIME_IN_FUTURE'")
                .param(run).query(String.class).single()).startsWith("Время файла позже времени его получения")
                .contains("Проверьте часы компьютера");
    }

    @Test
    void aRefusedRowIsAnErrorThatKeepsTheUnitOut() {
        long acts = jdbc.sql("SELECT id FROM submission WHERE kind = 'acts' AND period = DATE '2026-10-01'")
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO submission_issue (submission_id, severity, row_number, column_name, value, code, message_kk,
                                              message_ru)
                VALUES (?, 'ERROR', 60, 'issued_on', '31.02.2026', 'ingest.value.date', 'күн жоқ', 'такой даты нет')""")
                .param(acts).update();

        // with the settings as shipped in jobs/quality-rules.yml
        long run = new QualityChecks(jdbc, shippedSettings, transactions).run(OCTOBER, 0);

        assertThat(rules(run)).contains("ROW_REJECTED:60:ERROR");
        assertThat(jdbc.sql("SELECT unit_code FROM blocked_units(DATE '2026-10-01')").query(String.class).list())
                .contains("1910");
    }

    @Test
    void rowRulesCheckedInOnePassFindWhatEachFindsAlone() {
        // given October's acts breaking every row rule, some several at once
        MonthData data = new MonthData(jdbc);
        long acts = jdbc.sql("SELECT id FROM submission WHERE kind = 'acts' AND period = DATE '2026-10-01'")
                .query(Long.class).single();
        data.act(acts, 40, "R-OUTCOME", "PROTEST", "2026-10-01", null, null, null, "SATISFIED", null);
        data.act(acts, 41, "R-NO-OUTCOME", "PROTEST", "2026-10-01", null, null, "2026-10-08", null, null);
        data.act(acts, 42, "R-TERM", "SUBMISSION", "2026-10-01", null, 45, null, null, null);
        data.act(acts, 43, "R-LATE", "PROTEST", "2026-10-01", "2026-10-01", null, "2026-10-26", "REJECTED", null);
        data.act(acts, 44, "R-REPORTED", "SUBMISSION", "2026-10-01", null, null, "2026-10-05", "SATISFIED", "2026-10-29");
        data.act(acts, 45, "R-2027", "PROTEST", "2026-12-28", null, null, null, null, null);
        data.act(acts, 46, "R-2028", "PROTEST", "2027-12-28", null, null, null, null, null);
        currentState.refresh();
        List<String> rowRules = List.of("ACT_CALENDAR_NOT_LOADED", "ACT_CALENDAR_PROVISIONAL",
                "ACT_CONSIDERATION_WITHOUT_OUTCOME",
                "ACT_CONSIDERED_LATE", "ACT_DATE_AFTER_PERIOD", "ACT_DATE_ORDER", "ACT_OUTCOME_WITHOUT_CONSIDERATION",
                "ACT_REPORTED_LATE", "ACT_TERM_OUT_OF_BOUNDS", "ACT_UNANSWERED_PAST_TERM");

        // when all rules run together, and each row rule on its own
        long together = checks(Map.of()).run(OCTOBER, 0);
        List<String> allRules = jdbc.sql("SELECT id FROM quality_rule").query(String.class).list();
        for (String rule : rowRules) {
            Map<String, QualitySettings.Rule> onlyThis = new java.util.HashMap<>();
            allRules.forEach(id -> onlyThis.put(id, rule(null, id.equals(rule), null, null)));
            long alone = checks(onlyThis).run(OCTOBER, 0);

            // then each finds the same, to the message, and something
            assertThat(findingsOf(together, rule)).as(rule).isNotEmpty().isEqualTo(findingsOf(alone, rule));
        }
    }

    private List<String> findingsOf(long run, String rule) {
        return jdbc.sql("""
                SELECT concat_ws('|', unit_code, region_code, submission_id, file_name, row_number, column_name, value,
                                 expected, actual, severity, message_kk, message_ru)
                FROM finding WHERE run_id = ? AND rule_id = ? ORDER BY 1""").params(run, rule).query(String.class).list();
    }

    @Test
    void findingsNameOnlyWhatExistsAndKeepItWithoutAForeignKeyPerRow() {
        // given a run with findings
        long run = checks(Map.of()).run(OCTOBER, 0);
        // (the form's: a submission with acts or records is kept by V13 before findings are looked at)
        long form = jdbc.sql("SELECT submission_id FROM finding WHERE run_id = ? AND rule_id = 'FORM_DETAIL_MISMATCH'")
                .param(run).query(Long.class).single();
        String copyOfARunsFindings = """
                INSERT INTO finding (run_id, rule_id, severity, unit_code, region_code, submission_id, message_kk, message_ru)
                SELECT %s, %s, severity, %s, region_code, %s, message_kk, message_ru FROM finding WHERE run_id = %d""";

        // then findings naming a run, rule, unit or submission that does not exist are refused, whole statement
        assertThatThrownBy(() -> jdbc.sql(copyOfARunsFindings.formatted("-1", "rule_id", "unit_code", "submission_id", run))
                .update()).hasMessageContaining("findings refer to run -1, which does not exist");
        assertThatThrownBy(() -> jdbc.sql(copyOfARunsFindings.formatted("run_id", "'NO_SUCH_RULE'", "unit_code",
                "submission_id", run)).update()).hasMessageContaining("rule NO_SUCH_RULE, which does not exist");
        assertThatThrownBy(() -> jdbc.sql(copyOfARunsFindings.formatted("run_id", "rule_id",
                "CASE WHEN unit_code IS NULL THEN NULL ELSE '9999' END", "submission_id", run)).update())
                .hasMessageContaining("unit 9999, which does not exist");
        assertThatThrownBy(() -> jdbc.sql("UPDATE finding SET submission_id = -2 WHERE run_id = ?").param(run).update())
                .hasMessageContaining("submission -2, which does not exist");
        // while a copy that names what exists is taken
        int copied = jdbc.sql(copyOfARunsFindings.formatted("run_id", "rule_id", "unit_code", "submission_id", run))
                .update();
        assertThat(copied).isPositive();

        // and what findings name stays, as history
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM quality_run WHERE id = ?").param(run).update())
                .hasMessageContaining("quality_run " + run + " is named by findings");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM submission WHERE id = ?").param(form).update())
                .hasMessageContaining("submission " + form + " is named by findings");
        assertThatThrownBy(() -> jdbc.sql("UPDATE unit SET code = '1999' WHERE code = '1910'").update())
                .hasMessageContaining("unit 1910 is named by findings");
        assertThat(jdbc.sql("SELECT count(*) FROM finding WHERE run_id = ?").param(run).query(Long.class).single())
                .isEqualTo(2L * copied);
    }

    @Test
    void theOfficeChangesToleranceSeverityEnablingAndMonthsWithoutARelease() {
        // given the office's settings
        var settings = Map.of(
                "FORM_DETAIL_MISMATCH", rule(null, null, "1", null),
                "ROW_DUPLICATE", rule("WARNING", null, null, null),
                "PLAUSIBILITY_VS_LAST_YEAR", rule(null, false, null, null),
                "ACT_DATE_AFTER_PERIOD", rule(null, null, null, LocalDate.of(2027, 1, 1)),
                "SUBMISSION_MISSING", rule("INFO", null, null, null),
                "ACT_DATE_ORDER", rule("WARNING", null, null, null));

        // when
        long run = checks(settings).run(OCTOBER, 0);

        // then a difference of 1 is tolerated, a disabled or not-yet-effective rule does not run,
        // and with no ERROR left the unit's data is used
        List<String> found = rules(run);
        assertThat(found).contains("ROW_DUPLICATE:32:WARNING")
                .noneMatch(r -> r.startsWith("FORM_DETAIL_MISMATCH") || r.startsWith("PLAUSIBILITY")
                        || r.startsWith("ACT_DATE_AFTER_PERIOD") || r.endsWith(":ERROR"));
        assertThat(jdbc.sql("SELECT severity FROM quality_rule WHERE id = 'ROW_DUPLICATE'").query(String.class).single())
                .isEqualTo("WARNING");
        assertThat(jdbc.sql("SELECT count(*) FROM blocked_units(DATE '2026-10-01')").query(Long.class).single())
                .isZero();
    }

    @Test
    void anUnknownRuleInTheSettingsIsNamed() {
        assertThatThrownBy(() -> checks(Map.of("FORM_MISMATCH", rule("ERROR", null, null, null))).run(OCTOBER, 0))
                .hasMessageContaining("jobs/quality-rules.yml").hasMessageContaining("FORM_MISMATCH")
                .hasMessageContaining("FORM_DETAIL_MISMATCH");
    }

    private QualityChecks checks(Map<String, QualitySettings.Rule> rules) {
        return new QualityChecks(jdbc, new QualitySettings(5, 2, rules), transactions);
    }

    private static QualitySettings.Rule rule(String severity, Boolean enabled, String tolerance, LocalDate validFrom) {
        return new QualitySettings.Rule(severity, enabled, tolerance == null ? null : new BigDecimal(tolerance),
                validFrom, null);
    }

    private List<String> rules(long run) {
        return jdbc.sql("SELECT rule_id || ':' || coalesce(row_number::text, '') || ':' || severity FROM finding "
                + "WHERE run_id = ? AND unit_code = '1910'").param(run).query(String.class).list();
    }

    private Map<String, Object> finding(long run, String rule) {
        return jdbc.sql("SELECT value, expected, actual FROM finding WHERE run_id = ? AND rule_id = ?")
                .params(run, rule).query().singleRow();
    }
}

package kz.legalstat.ingest.internal;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionFileNameTest {

    @Test
    void readsTheContractName() {
        // given the example of docs/submissions.md
        var name = SubmissionFileName.parse("acts_1910_2026-10.csv");

        // then
        assertThat(name).contains(new SubmissionFileName("acts", "1910", YearMonth.of(2026, 10), "csv"));
    }

    @Test
    void acceptsRegionCodesAndXlsxInAnyCase() {
        assertThat(SubmissionFileName.parse("Records_19_2026-01.XLSX"))
                .contains(new SubmissionFileName("records", "19", YearMonth.of(2026, 1), "xlsx"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acts_1910_2026-13.csv", "acts_191_2026-10.csv", "report_1910_2026-10.csv",
            "acts_1910_2026-10 (копия).csv", "acts_1910_2026-10.pdf", "acts-1910-2026-10.csv", "acts_1910_26-10.csv"})
    void rejectsNamesOutsideTheContract(String fileName) {
        assertThat(SubmissionFileName.parse(fileName)).isEmpty();
    }

    @Test
    void readsExcelsUnicodeTextAndExcel97AndKnowsTheWorkbooksItDoesNotRead() {
        assertThat(SubmissionFileName.parse("acts_1910_2026-10.txt")).hasValueSatisfying(n -> assertThat(n.readable()).isTrue());
        assertThat(SubmissionFileName.parse("form_19_2026-10.XLS")).hasValueSatisfying(n -> assertThat(n.readable()).isTrue());
        assertThat(SubmissionFileName.parse("form_19_2026-10.xlsb")).hasValueSatisfying(n -> {
            assertThat(n.readable()).isFalse();
            assertThat(n.format()).isEqualTo("xlsb");
            assertThat(n.asXlsx()).isEqualTo("form_19_2026-10.xlsx");
        });
        assertThat(SubmissionFileName.parse("records_19_2026-10.ods")).hasValueSatisfying(n -> assertThat(n.readable()).isFalse());
    }
}

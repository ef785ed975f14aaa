package kz.legalstat.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;
import kz.legalstat.i18n.Lang;
import kz.legalstat.ingest.CurrentState;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The month in progress is published only as preliminary: said in the title block and the file name, its statuses
 * taken today (not on the month's last day, which is still to come), and the last verification's blocks applied,
 * since no verification has closed the month yet. A status on a day to come is refused.
 */
class PreliminaryMonthTest extends PostgresTest {

    static final YearMonth THIS_MONTH = OfficeTime.currentMonth();

    @Autowired
    Reports reports;

    @Autowired
    ReferenceData reference;

    @Autowired
    CurrentState currentState;

    @Autowired
    FiguresBases bases;

    @TempDir
    Path dir;

    @BeforeEach
    void lastMonthBlockedAUnitAndThisMonthHasActs() {
        // last month's verification kept out unit 1910 (Almaty region) for 2 errors
        long run = jdbc.sql("""
                INSERT INTO quality_run (period, completed_at) VALUES (?, now()) RETURNING id""")
                .param(THIS_MONTH.minusMonths(1).atDay(1)).query(Long.class).single();
        jdbc.sql("INSERT INTO quality_blocked_unit (run_id, unit_code, errors) VALUES (?, '1910', 2)").param(run).update();
        // this month: one act of 1910 and one of 7510 (the city of Almaty), both issued on the 1st
        String first = THIS_MONTH.atDay(1).toString();
        MonthData data = new MonthData(jdbc);
        data.act(data.submission("acts", "1910", first), 2, "1910/P-1", "PROTEST", first, null, null, null, null, null);
        data.act(data.submission("acts", "7510", first), 2, "7510/P-1", "PROTEST", first, null, null, null, null, null);
        currentState.refresh();
    }

    @Test
    void theMonthInProgressIsPreliminaryTakenTodayWithTheLastVerificationsBlocks() throws Exception {
        ReportRequest asked = new ReportRequest(ReportName.SUPERVISION_ACTS, THIS_MONTH, Lang.ru, null, null, null, "test");
        Path file = dir.resolve(asked.defaultFileName());

        reports.write(asked.writingTo(file));

        assertThat(file.getFileName().toString()).isEqualTo("supervision-acts_" + THIS_MONTH + "_ru_preliminary.xlsx");
        List<String> texts = new ArrayList<>();
        double almatyRegionIssued = -1;
        double almatyCityIssued = -1;
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            for (Row row : book.getSheetAt(0)) {
                String label = null;
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                        label = label == null ? cell.getStringCellValue() : label;
                    } else if (cell.getCellType() == CellType.NUMERIC && label != null) {
                        // the first number after a row's label: acts issued this period
                        if (label.equals(reference.unit("19").orElseThrow().nameRu() + " *")) {
                            almatyRegionIssued = cell.getNumericCellValue();
                        } else if (label.equals(reference.unit("75").orElseThrow().nameRu())) {
                            almatyCityIssued = cell.getNumericCellValue();
                        }
                        label = "";
                    }
                }
            }
        }
        String today = OfficeTime.today().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(String.join("\n", texts)).contains("— Предварительные данные")
                .contains("Предварительные данные: месяц ещё не закончен и не проверен")
                .contains(today)
                .contains("1910 Илийский район (2)");
        // 1910's act is kept out of its region, 7510's counts
        assertThat(almatyRegionIssued).isEqualTo(0);
        assertThat(almatyCityIssued).isEqualTo(1);
        assertThat(asked.effectiveAsOf()).isEqualTo(OfficeTime.today());
    }

    @Test
    void thePagesAreToldTheSameBasis() {
        FiguresBasis basis = bases.of(THIS_MONTH, null);

        assertThat(basis.preliminary()).isTrue();
        assertThat(basis.verifiedPeriod()).isEqualTo(THIS_MONTH.minusMonths(1));
        assertThat(basis.keptOut()).containsExactly(new FiguresBasis.KeptOut("1910", 2));
        // a region's analyst sees only their region's units kept out
        assertThat(bases.of(THIS_MONTH, "75").keptOut()).isEmpty();
        // a closed month that no verification checked blocks nobody and is not preliminary
        FiguresBasis unverified = bases.of(THIS_MONTH.minusMonths(2), null);
        assertThat(unverified.preliminary()).isFalse();
        assertThat(unverified.verified()).isFalse();
        assertThat(unverified.keptOut()).isEmpty();
    }

    @Test
    void aStatusOnADayToComeIsRefused() {
        LocalDate tomorrow = OfficeTime.today().plusDays(1);
        ReportRequest asked = new ReportRequest(ReportName.OVERDUE_ACTS, THIS_MONTH, Lang.kk, null, tomorrow,
                dir.resolve("overdue.xlsx"), "test");

        assertThatThrownBy(() -> reports.write(asked)).isInstanceOf(ReportRequestException.class)
                .hasMessage("report.as-of.future");
    }
}

package kz.legalstat.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kz.legalstat.ingest.SubmissionColumns;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.SubmissionKind;
import kz.legalstat.reference.Unit;

import org.springframework.stereotype.Component;

/**
 * Writes realistic monthly submissions of every unit, from January of last year to the reporting month, so
 * that reports have a same-period-last-year to compare with; and plants in the reporting month the faults
 * real units make. The same seed writes the same files.
 */
@Component
public class DemoSubmissions {

    static final List<String> ACT_HEADER = SubmissionColumns.of(SubmissionKind.ACTS);
    static final List<String> RECORD_HEADER = SubmissionColumns.of(SubmissionKind.RECORDS);
    static final List<String> FORM_HEADER = SubmissionColumns.of(SubmissionKind.FORM);

    /** The units whose reporting-month files carry the planted faults. */
    static final String MISSING_UNIT = "6330";
    static final String BAD_DATE_UNIT = "1910";
    static final String UNKNOWN_CODE_UNIT = "7510";
    static final String LATE_RESPONSE_UNIT = "3510";
    static final String FORM_MISMATCH_UNIT = "5510";
    static final String LATE_FILE_UNIT = "2310";
    static final String FOREIGN_ROW_UNIT = "1510";
    static final String EXTRA_COLUMN_UNIT = "3910";

    private final ReferenceData reference;

    DemoSubmissions(ReferenceData reference) {
        this.reference = reference;
    }

    /** Writes the inbox; returns the faults planted in the reporting month. */
    public List<PlantedFault> write(Path inbox, YearMonth period, int actsThisYear, long seed) throws IOException {
        Random random = new Random(seed);
        List<Unit> units = reference.allUnits();
        LocalDate horizon = period.atEndOfMonth();
        double perUnitMonth = (double) actsThisYear / (units.size() * period.getMonthValue());
        DemoActs acts = new DemoActs(random, horizon);
        Map<String, List<DemoRecord>> records = new LinkedHashMap<>();
        for (Unit region : reference.regions()) {
            records.put(region.code(), DemoRecords.generate(random, region, reference.unitsOf(region.code()),
                    period, horizon));
        }
        Map<String, List<DemoAct>> actsByUnit = new LinkedHashMap<>();
        for (Unit unit : units) {
            double weight = unit.isRegion() ? 0.6 : 0.7 + random.nextDouble() * 0.8;
            List<DemoRecord> regionRecords = records.get(unit.regionCode());
            List<DemoAct> list = new ArrayList<>();
            for (int year : new int[] {period.getYear() - 1, period.getYear()}) {
                double mean = perUnitMonth * weight * (year == period.getYear() ? 1.0 : 0.92);
                for (int month = 1; month <= period.getMonthValue(); month++) {
                    list.addAll(acts.month(unit, YearMonth.of(year, month), mean, regionRecords));
                }
            }
            actsByUnit.put(unit.code(), list);
        }
        List<PlantedFault> faults = new ArrayList<>();
        DemoFaults planted = new DemoFaults(period, faults);
        planted.makeLateResponse(LATE_RESPONSE_UNIT, actsByUnit.get(LATE_RESPONSE_UNIT));
        for (int year : new int[] {period.getYear() - 1, period.getYear()}) {
            for (int month = 1; month <= period.getMonthValue(); month++) {
                writeMonth(inbox, YearMonth.of(year, month), period, units, actsByUnit, records, planted);
            }
        }
        planted.writeBadlyNamedCopy(inbox);
        return faults;
    }

    private void writeMonth(Path inbox, YearMonth month, YearMonth period, List<Unit> units,
                            Map<String, List<DemoAct>> actsByUnit, Map<String, List<DemoRecord>> records,
                            DemoFaults planted) throws IOException {
        boolean reportingMonth = month.equals(period);
        LocalDate end = month.atEndOfMonth();
        Path folder = inbox.resolve(String.valueOf(month.getYear())).resolve(month.toString());
        for (Unit unit : units) {
            if (!reference.listedIn(unit.code(), month)) {
                continue; // not in the units' list of the month (one loaded into this database): it sends nothing
            }
            if (reportingMonth && unit.code().equals(MISSING_UNIT)) {
                planted.missing(unit.code());
                continue;
            }
            DemoFileWriter.Style style = DemoFileWriter.Style.of(unit.code(), month.plusMonths(2).isAfter(period));
            Instant delivered = deliveredAt(month, reportingMonth && unit.code().equals(LATE_FILE_UNIT) ? 12 : 3);
            List<String[]> actRows = new ArrayList<>();
            for (DemoAct act : actsByUnit.get(unit.code())) {
                boolean issuedNow = YearMonth.from(act.issuedOn()).equals(month);
                boolean carried = act.issuedOn().isBefore(month.atDay(1)) && act.openAt(month.minusMonths(1).atEndOfMonth());
                if (issuedNow || carried) {
                    actRows.add(act.columnsAsOf(end));
                }
            }
            List<String> actHeader = ACT_HEADER;
            String actsName = "acts_" + unit.code() + "_" + month + "." + style.extension();
            if (reportingMonth) {
                actHeader = planted.actFaults(unit.code(), actsName, actHeader, actRows);
            }
            DemoFileWriter.write(folder.resolve(actsName), actHeader, actRows, style, delivered);

            List<String[]> formRows = DemoForms.rows(unit, month, actsByUnit.get(unit.code()),
                    unit.isRegion() ? records.get(unit.code()) : List.of(), reference);
            String formName = "form_" + unit.code() + "_" + month + "." + style.extension();
            if (reportingMonth) {
                planted.formFaults(unit.code(), formName, formRows);
            }
            DemoFileWriter.write(folder.resolve(formName), FORM_HEADER, formRows, style, delivered);

            if (unit.isRegion()) {
                List<String[]> recordRows = DemoRecords.rowsOf(records.get(unit.code()), month);
                DemoFileWriter.write(folder.resolve("records_" + unit.code() + "_" + month + "." + style.extension()),
                        RECORD_HEADER, recordRows, style, delivered);
            }
        }
    }

    /** Files arrive on the given day of the next month, mid-morning in Almaty. */
    static Instant deliveredAt(YearMonth month, int day) {
        return month.plusMonths(1).atDay(day).atTime(LocalTime.of(10, 15)).atZone(OfficeTime.ZONE).toInstant();
    }

    static LocalDate workingDayIn(Random random, YearMonth month) {
        LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day = day.getDayOfMonth() > 1 ? day.minusDays(1) : day.plusDays(2);
        } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.getDayOfMonth() < month.lengthOfMonth() ? day.plusDays(1) : day.minusDays(2);
        }
        return day;
    }

    static BigDecimal tenge(Random random, long min, long max) {
        return BigDecimal.valueOf(min + (long) (random.nextDouble() * (max - min)), 0)
                .add(BigDecimal.valueOf(random.nextInt(100), 2)).setScale(2, RoundingMode.UNNECESSARY);
    }
}

package kz.legalstat.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.legalstat.reference.SubmissionKind;

/**
 * The faults planted in the reporting month, each recorded with the finding it must produce: a unit that
 * does not report, a bad date, an unknown code, a row of another region, a late response, a form that does
 * not agree with its detail, a late file, an unknown column and a badly named file.
 */
final class DemoFaults {

    private final YearMonth period;
    private final List<PlantedFault> faults;
    private String lateActId;

    DemoFaults(YearMonth period, List<PlantedFault> faults) {
        this.period = period;
        this.faults = faults;
    }

    /** A protest of the reporting month, received the day it was issued and considered a week past its term. */
    void makeLateResponse(String unitCode, List<DemoAct> acts) {
        LocalDate issued = period.atDay(2);
        while (issued.getDayOfWeek().getValue() > 5) {
            issued = issued.plusDays(1);
        }
        lateActId = unitCode + "/" + (period.getYear() % 100) + "-L1";
        acts.add(new DemoAct(lateActId, unitCode, "PROTEST", issued, "STATE_BODY", "Акимат города Караганды",
                "ADMINISTRATIVE_PROCEEDINGS", issued, null, issued.plusDays(17), "SATISFIED", null, 1, 1, null, null));
    }

    void missing(String unitCode) {
        faults.add(PlantedFault.notSent(unitCode, SubmissionKind.ACTS, period));
        faults.add(PlantedFault.notSent(unitCode, SubmissionKind.FORM, period));
    }

    /** Adds the faulty rows of a unit's acts file; returns the header it is written with. */
    List<String> actFaults(String unitCode, String fileName, List<String> header, List<String[]> rows) {
        switch (unitCode) {
            case DemoSubmissions.BAD_DATE_UNIT -> extraRow(fileName, rows, "ROW_REJECTED", unitCode,
                    3, "30.02." + period.getYear(), "issued_on 30 February");
            case DemoSubmissions.UNKNOWN_CODE_UNIT -> extraRow(fileName, rows, "ROW_REJECTED", unitCode,
                    2, "PROTESST", "act_type PROTESST");
            case DemoSubmissions.FOREIGN_ROW_UNIT -> extraRow(fileName, rows, "ROW_REJECTED", unitCode,
                    1, "1910", "a row of unit 1910 in another region's file");
            case DemoSubmissions.LATE_RESPONSE_UNIT -> {
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i)[0].equals(lateActId)) {
                        faults.add(new PlantedFault("ACT_CONSIDERED_LATE", unitCode, fileName, i + 2,
                                "protest " + lateActId + " considered 17 days after receipt"));
                    }
                }
            }
            case DemoSubmissions.EXTRA_COLUMN_UNIT -> {
                List<String> extended = new ArrayList<>(header);
                extended.add("примечание");
                rows.replaceAll(row -> {
                    String[] longer = java.util.Arrays.copyOf(row, row.length + 1);
                    longer[row.length] = "проверено";
                    return longer;
                });
                faults.add(new PlantedFault("FILE_WARNING", unitCode, fileName, null, "unknown column примечание"));
                return extended;
            }
            case DemoSubmissions.LATE_FILE_UNIT ->
                    faults.add(new PlantedFault("SUBMISSION_LATE", unitCode, fileName, null, "sent on the 12th"));
            default -> {
            }
        }
        return header;
    }

    private void extraRow(String fileName, List<String[]> rows, String rule, String unitCode, int column,
                          String value, String description) {
        // a small demo may give the unit no act this month; the faulty row then copies a plain one
        String[] row = rows.isEmpty() ? plainAct(unitCode).columnsAsOf(period.atEndOfMonth()) : rows.get(0).clone();
        row[0] = unitCode + "/X-" + column;
        row[column] = value;
        rows.add(row);
        faults.add(new PlantedFault(rule, unitCode, fileName, rows.size() + 1, description));
    }

    private DemoAct plainAct(String unitCode) {
        LocalDate issued = period.atDay(3);
        return new DemoAct(unitCode + "/X", unitCode, "WARNING", issued, "OFFICIAL", "Аким района", "ECONOMY", issued,
                null, null, null, null, null, null, null, null);
    }

    void formFaults(String unitCode, String fileName, List<String[]> rows) {
        if (unitCode.equals(DemoSubmissions.FORM_MISMATCH_UNIT)) {
            for (int i = 0; i < rows.size(); i++) {
                String[] row = rows.get(i);
                if (row[0].equals(unitCode) && row[1].equals("ACTS.SUBMISSION.ISSUED")) {
                    row[2] = String.valueOf(Long.parseLong(row[2]) + 2);
                    faults.add(new PlantedFault("FORM_DETAIL_MISMATCH", unitCode, fileName, i + 2,
                            "ACTS.SUBMISSION.ISSUED two more than the register"));
                }
            }
        } else if (unitCode.equals(DemoSubmissions.LATE_FILE_UNIT)) {
            faults.add(new PlantedFault("SUBMISSION_LATE", unitCode, fileName, null, "sent on the 12th"));
        }
    }

    /** A copy saved under a name that breaks the contract, as happens when someone copies a file by hand. */
    void writeBadlyNamedCopy(Path inbox) throws IOException {
        // ASCII on purpose: a JVM under the C locale cannot create a file with a Cyrillic name
        String name = "acts_" + DemoSubmissions.BAD_DATE_UNIT + "_" + period + " (copy).csv";
        Path file = inbox.resolve(String.valueOf(period.getYear())).resolve(period.toString()).resolve(name);
        Files.writeString(file, String.join(";", DemoSubmissions.ACT_HEADER) + "\n", StandardCharsets.UTF_8);
        faults.add(new PlantedFault("FILE_NAME_INVALID", null, name, null, "a hand-made copy with a broken name"));
    }
}

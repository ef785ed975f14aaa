package kz.legalstat.ingest.internal;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of {@code <kind>_<unit_code>_<YYYY-MM>.<csv|xlsx>}, the contract name of a submission file. Beyond the
 * contract, {@code .txt} is read as CSV (Excel's "Unicode text" is saved so) and {@code .xls} (Excel 97-2003) as a
 * workbook, and the workbook formats the collection does not read are recognised, for the unit to be told how to
 * save its file rather than that its name is wrong.
 */
record SubmissionFileName(String kind, String unitCode, YearMonth period, String format) {

    private static final Pattern NAME =
            Pattern.compile("(acts|records|form)_([0-9]{2}|[0-9]{4})_([0-9]{4})-(0[1-9]|1[0-2])"
                            + "\\.(csv|txt|xlsx|xls|xlsm|xlsb|ods)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> READ = Set.of("csv", "txt", "xlsx", "xls");

    static Optional<SubmissionFileName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SubmissionFileName(m.group(1).toLowerCase(Locale.ROOT), m.group(2),
                YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))),
                m.group(5).toLowerCase(Locale.ROOT)));
    }

    /** Whether the collection reads files of this format. */
    boolean readable() {
        return READ.contains(format);
    }

    /** The name to save the file under as an Excel workbook the collection reads. */
    String asXlsx() {
        return kind + "_" + unitCode + "_" + period + ".xlsx";
    }
}

package kz.legalstat.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;

/**
 * Turns a raw row into the values of its table, or into the reasons it is rejected: every problem of the
 * row, not only the first, so a unit corrects it in one go.
 */
final class RowValidator {

    private static final LocalDate EARLIEST = OfficeTime.FIRST_MONTH.atDay(1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** A value in a message or an issue is shown up to this many characters. */
    private static final int SHOWN_CHARS = 200;

    private final RowSchema schema;
    private final int[] cellIndex;
    private final int headerWidth;
    /** A text file's separator: its rows must write every column; null where rows may end early (Excel). */
    private final Character separator;
    /** The position of the file's last required column: a text row ending before it is broken. */
    private final int lastRequiredCell;
    private final Unit submitter;
    /** The month the file is for: a unit closed by then sends no rows for it. */
    private final YearMonth period;
    private final ReferenceData reference;
    private final Texts texts;
    /** Unit codes met in this file and whether the submitter may send their rows: looked up once each. */
    private final Map<String, Boolean> unitsCovered = new HashMap<>();
    /** The indicators a form may carry, from the code lists as this file is read. */
    private final Set<String> indicators;
    private final int statusIndex;
    private final int decidedIndex;

    RowValidator(RowSchema schema, int[] cellIndex, int headerWidth, Character separator, Unit submitter,
                 YearMonth period, ReferenceData reference, Texts texts) {
        this.schema = schema;
        this.cellIndex = cellIndex;
        this.headerWidth = headerWidth;
        this.separator = separator;
        int last = -1;
        for (int i = 0; i < cellIndex.length; i++) {
            if (schema.columns().get(i).required()) {
                last = Math.max(last, cellIndex[i]);
            }
        }
        this.lastRequiredCell = last;
        this.submitter = submitter;
        this.period = period;
        this.reference = reference;
        this.texts = texts;
        this.indicators = schema == RowSchema.FORM ? FormIndicators.all(reference) : Set.of();
        this.statusIndex = schema == RowSchema.RECORDS ? schema.indexOf("status") : -1;
        this.decidedIndex = schema == RowSchema.RECORDS ? schema.indexOf("decided_on") : -1;
    }

    /** The row's values in table order (text, ISO dates, plain numbers; null for empty), and its issues. */
    Result validate(RawRow row) {
        List<String> values = new ArrayList<>(schema.columns().size());
        List<Issue> issues = new ArrayList<>();
        checkWidth(row, issues);
        boolean broken = isBroken(row, issues);
        for (int i = 0; i < schema.columns().size(); i++) {
            Column column = schema.columns().get(i);
            if (broken && cellIndex[i] >= row.cells().size()) {
                // the row's end, not each value past it, is what the unit has to mend
                values.add(null);
                continue;
            }
            String text = cellIndex[i] < 0 ? "" : FieldParser.trimmed(row.cell(cellIndex[i]));
            if (cellIndex[i] >= 0 && row.formulaCells().contains(cellIndex[i])) {
                issues.add(error(row.rowNumber(), column, text, "ingest.row.formula", column.name()));
                values.add(null);
                continue;
            }
            if (cellIndex[i] >= 0 && row.errorCells().contains(cellIndex[i])) {
                issues.add(error(row.rowNumber(), column, text, "ingest.row.excel-error", column.name(), text));
                values.add(null);
                continue;
            }
            values.add(text.isEmpty() ? null : check(column, text, row.rowNumber(), issues));
            if (text.isEmpty() && column.required()) {
                issues.add(error(row.rowNumber(), column, text, "ingest.row.required", column.name()));
            }
        }
        if (schema == RowSchema.RECORDS) {
            checkDecisionDate(row, values, issues);
        }
        return new Result(issues.isEmpty() ? values : null, issues);
    }

    private String check(Column column, String text, int rowNumber, List<Issue> issues) {
        return switch (column.type()) {
            case TEXT -> {
                if (text.length() > column.max()) {
                    issues.add(error(rowNumber, column, text, "ingest.row.too-long", column.name(), column.max(),
                            text.length()));
                }
                yield text;
            }
            case CODE -> code(column, text, reference.codes(column.codeDomain()), rowNumber, issues);
            case INDICATOR -> code(column, text, indicators, rowNumber, issues);
            case UNIT -> {
                // only units are remembered: a column of anything else (a shifted one, say) would fill the map
                boolean covered = reference.unit(text).isPresent() && unitsCovered.computeIfAbsent(text,
                        code -> reference.listedIn(code, period) && submitter.covers(code));
                if (!covered) {
                    Optional<UnlistedUnit> unlisted = UnlistedUnit.find(reference, text, period);
                    if (reference.unit(text).isEmpty()) {
                        issues.add(error(rowNumber, column, text, "ingest.row.unknown-unit", text));
                    } else if (unlisted.isPresent()) {
                        issues.add(error(rowNumber, column, text, "ingest.row." + unlisted.get().reason(),
                                unlisted.get().args()));
                    } else {
                        issues.add(error(rowNumber, column, text, "ingest.row.outside-subtree", text,
                                submitter.code()));
                    }
                }
                yield text;
            }
            case DATE -> {
                LocalDate date = FieldParser.date(text);
                if (date == null) {
                    issues.add(error(rowNumber, column, text, "ingest.row.bad-date", column.name(), text));
                } else if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                    issues.add(error(rowNumber, column, text, "ingest.row.date-out-of-range", column.name(), text));
                }
                // an ISO date is stored as written: LocalDate.toString() gives the same text, at a cost per cell
                yield date == null || text.charAt(4) == '-' ? text : date.toString();
            }
            case INTEGER -> checkInteger(column, text, rowNumber, issues);
            case DECIMAL -> {
                BigDecimal number = FieldParser.tenge(text);
                if (number == null) {
                    issues.add(error(rowNumber, column, text, "ingest.row.bad-number", column.name(), text));
                } else if (number.signum() < 0) {
                    issues.add(error(rowNumber, column, text, "ingest.row.negative", column.name(), text));
                } else if (number.precision() - number.scale() > 18 || number.scale() > 2) {
                    issues.add(error(rowNumber, column, text, "ingest.row.number-out-of-range", column.name(), text));
                }
                yield number == null ? text : number.toPlainString();
            }
        };
    }

    /**
     * A code as written (the common case), in other letter case, with Cyrillic letters that look Latin, or as its
     * name in the code list; anything else is refused with the codes the column takes.
     */
    private String code(Column column, String text, Set<String> codes, int rowNumber, List<Issue> issues) {
        if (codes.contains(text)) {
            return text;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (codes.contains(code)) {
            return code;
        }
        String latin = FieldParser.latinLookalikes(code);
        if (codes.contains(latin)) {
            return latin;
        }
        Optional<String> named = column.codeDomain() == null ? Optional.empty()
                : reference.codeNamed(column.codeDomain(), text);
        if (named.isEmpty()) {
            issues.add(error(rowNumber, column, text, "ingest.row.unknown-code", column.name(), text,
                    String.join(", ", codes)));
        }
        return named.orElse(code);
    }

    private String checkInteger(Column column, String text, int rowNumber, List<Issue> issues) {
        long plain = FieldParser.plainInteger(text);
        if (plain >= 0 && plain >= column.min() && plain <= column.max()) {
            return Long.toString(plain);
        }
        BigDecimal number = FieldParser.number(text);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            issues.add(error(rowNumber, column, text, "ingest.row.bad-integer", column.name(), text));
            return text;
        }
        if (number.compareTo(BigDecimal.valueOf(column.min())) < 0
                || number.compareTo(BigDecimal.valueOf(column.max())) > 0) {
            issues.add(error(rowNumber, column, text, "ingest.row.integer-out-of-range", column.name(), text,
                    column.min(), column.max()));
        }
        return number.toBigInteger().toString();
    }

    /** Values beyond the header's last column belong to no column: the row is shifted or broken. */
    private void checkWidth(RawRow row, List<Issue> issues) {
        int last = row.cells().size() - 1;
        while (last >= headerWidth && FieldParser.isBlank(row.cells().get(last))) {
            last--;
        }
        if (last >= headerWidth) {
            issues.add(Issue.rowError(row.rowNumber(), null, null, "ingest.row.too-wide",
                    texts.both("ingest.row.too-wide", last + 1, headerWidth)));
        }
    }

    /**
     * A text row that ends before the file's last required column is cut short, or written with another
     * separator than the header (then it is one long value). Rows short of optional cells only are taken: some
     * programs leave trailing empty values out.
     */
    private boolean isBroken(RawRow row, List<Issue> issues) {
        if (separator == null || row.cells().size() > lastRequiredCell) {
            return false;
        }
        issues.add(Issue.rowError(row.rowNumber(), null, null, "ingest.row.too-narrow",
                texts.both("ingest.row.too-narrow", row.cells().size(), headerWidth, TableReader.shown(separator))));
        return true;
    }

    /** decided_on is required for every status but INVESTIGATION (docs/submissions.md, kind records). */
    private void checkDecisionDate(RawRow row, List<String> values, List<Issue> issues) {
        String status = values.get(statusIndex);
        if (status != null && !"INVESTIGATION".equals(status) && values.get(decidedIndex) == null) {
            Column decided = schema.columns().get(decidedIndex);
            issues.add(error(row.rowNumber(), decided, "", "ingest.row.decision-date-required", status));
        }
    }

    /**
     * A row's issue, the value it names cut to {@value #SHOWN_CHARS} characters wherever it appears: a line may hold
     * a million, and a file a thousand such lines, which the issues held until the file's end would keep whole.
     */
    private Issue error(int rowNumber, Column column, String value, String key, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] == value) { // the value itself among the message's arguments, not a list of codes
                shown[i] = excerpt(value);
            }
        }
        return Issue.rowError(rowNumber, column.name(), excerpt(value), key, texts.both(key, shown));
    }

    private static String excerpt(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
    }

    record Result(List<String> values, List<Issue> issues) {

        boolean accepted() {
            return values != null;
        }
    }
}

package kz.legalstat.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.SubmissionKind;
import kz.legalstat.reference.Unit;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An empty workbook of one submission kind for units to fill in Excel: the header the collection expects on the
 * first sheet, each column explained in a note, its cells formatted and checked as the collection checks them (codes
 * and units chosen from lists, dates as date cells, numbers in their range, texts in their length), and a sheet of
 * the codes with their names. Excel refuses a wrong value where it is typed, instead of the collection refusing the
 * row a night later.
 */
public final class UnitWorkbook {

    /** The bounds of a date Excel lets through; the collection's own checks still apply. */
    private static final String FIRST_DATE = "DATE(2000,1,1)";
    private static final String LAST_DATE = "DATE(2100,12,31)";
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private final RowSchema schema;
    private final Lang lang;
    /** The unit the workbook is made for, or null for one every unit may fill. */
    private final Unit unit;
    private final ReferenceData reference;
    private final Texts texts;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle headerStyle = headerStyle(workbook);

    private UnitWorkbook(RowSchema schema, Lang lang, Unit unit, ReferenceData reference, Texts texts) {
        this.schema = schema;
        this.lang = lang;
        this.unit = unit;
        this.reference = reference;
        this.texts = texts;
    }

    /**
     * The workbook of a kind ({@code acts}, {@code records}, {@code form}) with its texts in the language; for one
     * unit (null: for any), whose list of units is then the unit and those below it, whose rows it may send, and
     * whose form comes with the indicators every form must carry already on its lines.
     */
    public static byte[] of(String kind, Lang lang, Unit unit, ReferenceData reference, Texts texts) {
        return new UnitWorkbook(RowSchema.of(kind), lang, unit, reference, texts).write();
    }

    private byte[] write() {
        XSSFSheet data = workbook.createSheet(schema.kind());
        XSSFSheet codes = workbook.createSheet(texts.get(lang, "template.sheet.codes"));
        Map<String, List<String[]>> lists = lists();
        writeLists(codes, lists);
        writeHeader(data);
        for (int c = 0; c < schema.columns().size(); c++) {
            Column column = schema.columns().get(c);
            formatAndCheck(data, c, column, lists.containsKey(column.name()));
        }
        if (unit != null && schema.kind().equals(SubmissionKind.FORM.code())) {
            writeRequiredIndicators(data);
        }
        data.createFreezePane(0, 1);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values each listed column takes, with their names: codes, units, and a form's indicators. */
    private Map<String, List<String[]>> lists() {
        Map<String, List<String[]>> lists = new LinkedHashMap<>();
        for (Column column : schema.columns()) {
            switch (column.type()) {
                case CODE -> lists.put(column.name(), reference.codes(column.codeDomain()).stream()
                        .map(code -> new String[] {code, reference.codeName(column.codeDomain(), code, lang)}).toList());
                case UNIT -> lists.put(column.name(), reference.unitsListedLast().stream()
                        .filter(listed -> unit == null || unit.covers(listed.code()))
                        .map(listed -> new String[] {listed.code(), listed.name(lang)}).toList());
                case INDICATOR -> lists.put(column.name(), indicators());
                default -> {
                }
            }
        }
        return lists;
    }

    /** The indicators docs/submissions.md lists for a form, named from the act types and categories they count. */
    private List<String[]> indicators() {
        List<String[]> indicators = new ArrayList<>();
        String registered = texts.get(lang, "template.indicator.REGISTERED");
        for (String type : reference.codes("ACT_TYPE")) {
            String typeName = reference.codeName("ACT_TYPE", type, lang);
            for (String measure : FormIndicators.ACT_MEASURES) {
                indicators.add(new String[] {FormIndicators.ofActs(type, measure),
                        typeName + ": " + texts.get(lang, "template.indicator." + measure)});
            }
        }
        indicators.add(new String[] {FormIndicators.PERSONS_DISCIPLINED,
                texts.get(lang, "template.indicator.PERSONS_DISCIPLINED")});
        indicators.add(new String[] {FormIndicators.RECORDS_REGISTERED, registered});
        for (String category : reference.codes("RECORD_CATEGORY")) {
            indicators.add(new String[] {FormIndicators.ofRecords(category),
                    registered + ": " + reference.codeName("RECORD_CATEGORY", category, lang)});
        }
        return indicators;
    }

    /**
     * The unit's lines for what every form must carry (FORM_INDICATOR_MISSING): each act type's issued count and the
     * persons disciplined, the value left for the unit to type.
     */
    private void writeRequiredIndicators(XSSFSheet data) {
        List<String> required = new ArrayList<>();
        reference.codes("ACT_TYPE").forEach(type -> required.add(FormIndicators.ofActs(type, "ISSUED")));
        required.add(FormIndicators.PERSONS_DISCIPLINED);
        int unitColumn = schema.indexOf("unit_code");
        int indicatorColumn = schema.indexOf("indicator");
        for (int r = 0; r < required.size(); r++) {
            XSSFRow row = data.createRow(r + 1);
            for (int c = 0; c < schema.columns().size(); c++) {
                row.createCell(c).setCellStyle(data.getColumnStyle(c));
            }
            row.getCell(unitColumn).setCellValue(unit.code());
            row.getCell(indicatorColumn).setCellValue(required.get(r));
        }
    }

    /** Each list in two columns of its own (value, name) under the column's name; a defined name for its values. */
    private void writeLists(XSSFSheet codes, Map<String, List<String[]>> lists) {
        List<XSSFRow> rows = new ArrayList<>();
        int longest = lists.values().stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r <= longest; r++) {
            rows.add(codes.createRow(r));
        }
        int c = 0;
        for (Map.Entry<String, List<String[]>> list : lists.entrySet()) {
            rows.get(0).createCell(c).setCellValue(list.getKey());
            rows.get(0).getCell(c).setCellStyle(headerStyle);
            rows.get(0).createCell(c + 1).setCellValue(texts.get(lang, "template.column." + schema.kind() + "." + list.getKey()));
            rows.get(0).getCell(c + 1).setCellStyle(headerStyle);
            List<String[]> values = list.getValue();
            for (int r = 0; r < values.size(); r++) {
                rows.get(r + 1).createCell(c).setCellValue(values.get(r)[0]);
                rows.get(r + 1).createCell(c + 1).setCellValue(values.get(r)[1]);
            }
            XSSFName name = workbook.createName();
            name.setNameName(listName(list.getKey()));
            String letter = CellReference.convertNumToColString(c);
            name.setRefersToFormula("'" + codes.getSheetName() + "'!$" + letter + "$2:$" + letter + "$"
                    + (values.size() + 1));
            codes.setColumnWidth(c, 28 * 256);
            codes.setColumnWidth(c + 1, 60 * 256);
            c += 3;
        }
        codes.createFreezePane(0, 1);
    }

    private short format(String pattern) {
        return workbook.createDataFormat().getFormat(pattern);
    }

    private static String listName(String column) {
        return "list_" + column;
    }

    /** The column names the collection matches, each noted with what it holds, whether required, and its titles. */
    private void writeHeader(XSSFSheet data) {
        XSSFRow header = data.createRow(0);
        XSSFDrawing drawing = data.createDrawingPatriarch();
        for (int c = 0; c < schema.columns().size(); c++) {
            Column column = schema.columns().get(c);
            var cell = header.createCell(c);
            cell.setCellValue(column.name());
            cell.setCellStyle(headerStyle);
            XSSFComment note = drawing.createCellComment(new XSSFClientAnchor(0, 0, 0, 0, c, 0, c + 4, 7));
            String title = Headers.titleKey(schema, column);
            Lang other = lang == Lang.kk ? Lang.ru : Lang.kk;
            note.setString(new XSSFRichTextString(String.join("\n",
                    texts.get(lang, "template.column." + schema.kind() + "." + column.name()),
                    texts.get(lang, column.required() ? "template.required" : "template.optional"),
                    texts.get(lang, "template.title", texts.get(lang, title), texts.get(other, title)))));
            cell.setCellComment(note);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /** The column's format for the cells below the header, and the check Excel makes of a value typed there. */
    private void formatAndCheck(XSSFSheet data, int c, Column column, boolean listed) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(data);
        CellStyle style = workbook.createCellStyle();
        DataValidationConstraint constraint;
        String rule;
        int width;
        if (listed) {
            constraint = helper.createFormulaListConstraint(listName(column.name()));
            rule = texts.get(lang, "template.invalid.list", texts.get(lang, "template.sheet.codes"));
            width = column.type() == Column.Type.UNIT ? 12 : 24;
            style.setDataFormat(format("@"));
        } else {
            switch (column.type()) {
                case DATE -> {
                    constraint = helper.createDateConstraint(OperatorType.BETWEEN, FIRST_DATE, LAST_DATE, null);
                    rule = texts.get(lang, "template.invalid.date");
                    width = 13;
                    style.setDataFormat(format("dd.mm.yyyy"));
                }
                case INTEGER -> {
                    constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, String.valueOf(column.min()),
                            String.valueOf(column.max()));
                    rule = texts.get(lang, "template.invalid.integer", column.min(), column.max());
                    width = 14;
                }
                case DECIMAL -> {
                    constraint = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                    rule = texts.get(lang, "template.invalid.decimal");
                    width = 18;
                    style.setDataFormat(format("#,##0.00"));
                }
                default -> {
                    constraint = helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL,
                            String.valueOf(column.max()), null);
                    rule = texts.get(lang, "template.invalid.text", column.max());
                    width = column.max() > 64 ? 50 : 20;
                    // a number such as 0012 stays as written
                    style.setDataFormat(format("@"));
                }
            }
        }
        data.setDefaultColumnStyle(c, style);
        data.setColumnWidth(c, width * 256);
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, LAST_ROW, c, c));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(texts.get(lang, "template.invalid.title", column.name()), rule);
        validation.setShowErrorBox(true);
        // in POI's XSSF, true shows the list's arrow
        validation.setSuppressDropDownArrow(listed);
        data.addValidationData(validation);
    }
}

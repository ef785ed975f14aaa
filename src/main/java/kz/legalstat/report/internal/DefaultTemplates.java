package kz.legalstat.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.report.ReportName;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the shipped templates of report-templates/ from the message bundles: the starting point analysts
 * restyle in Excel, and the way to reset a template an edit has broken ({@code templates --out DIR}).
 */
@Component
public class DefaultTemplates {

    private static final int TABLE_HEADER_ROW = 8;

    private final Texts texts;
    private final ReferenceData reference;

    DefaultTemplates(Texts texts, ReferenceData reference) {
        this.texts = texts;
        this.reference = reference;
    }

    public List<Path> writeAll(Path directory) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (ReportName name : ReportName.values()) {
                for (Lang lang : Lang.values()) {
                    Path file = directory.resolve(ReportTemplates.fileName(name, lang));
                    try (XSSFWorkbook workbook = new Builder(lang).build(name);
                         OutputStream out = Files.newOutputStream(file)) {
                        workbook.write(out);
                    }
                    written.add(file);
                }
            }
        } catch (IOException e) {
            throw ReportWriteException.templatesIntoFolder(directory, e);
        }
        return written;
    }

    private enum Kind { TEXT, INT, PCT, MONEY, DATE }

    private record Col(String header, Kind kind, int width) {
    }

    /** Builds the workbook of one report in one language. */
    private final class Builder {

        private final Lang lang;
        private final XSSFWorkbook workbook = new XSSFWorkbook();
        private final CellStyle title;
        private final CellStyle label;
        private final CellStyle info;
        private final CellStyle wrappedInfo;
        private final CellStyle header;
        private final CellStyle[] body = new CellStyle[Kind.values().length];
        private final CellStyle[] total = new CellStyle[Kind.values().length];

        Builder(Lang lang) {
            this.lang = lang;
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFFont big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            label = workbook.createCellStyle();
            label.setFont(bold);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            info = workbook.createCellStyle();
            // the data line (submissions, quality, units kept out) can be long: it wraps over the table's width
            wrappedInfo = workbook.createCellStyle();
            wrappedInfo.setWrapText(true);
            wrappedInfo.setVerticalAlignment(VerticalAlignment.TOP);
            header = bordered(workbook.createCellStyle());
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            ((XSSFCellStyle) header).setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xDD, (byte) 0xE5, (byte) 0xF0}));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (Kind kind : Kind.values()) {
                body[kind.ordinal()] = bodyStyle(kind, null);
                total[kind.ordinal()] = bodyStyle(kind, bold);
            }
        }

        private CellStyle bordered(CellStyle style) {
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private CellStyle bodyStyle(Kind kind, XSSFFont font) {
            CellStyle style = bordered(workbook.createCellStyle());
            var format = workbook.createDataFormat();
            switch (kind) {
                case INT -> style.setDataFormat(format.getFormat("#,##0"));
                case PCT -> {
                    style.setDataFormat(format.getFormat("0.0%"));
                    style.setAlignment(HorizontalAlignment.RIGHT);
                }
                case MONEY -> style.setDataFormat(format.getFormat("#,##0.00"));
                case DATE -> style.setDataFormat(format.getFormat("dd.mm.yyyy"));
                // no wrap: streamed rows keep their height, so wrapped text would spill over the next row
                case TEXT -> style.setWrapText(false);
            }
            style.setVerticalAlignment(VerticalAlignment.TOP);
            if (font != null) {
                style.setFont(font);
                style.setBorderTop(BorderStyle.MEDIUM);
            }
            return style;
        }

        private String t(String key) {
            return texts.get(lang, key);
        }

        XSSFWorkbook build(ReportName name) {
            switch (name) {
                case SUPERVISION_ACTS -> {
                    String title = t("report.supervision-acts.title");
                    sheet(t("report.sheet.by-region"), title, SupervisionActsReport.BY_REGION, true,
                            actColumns(t("report.supervision-acts.subject.region") + " / "
                                    + t("report.supervision-acts.subject.unit")));
                    sheet(t("report.sheet.by-act-type"), title, SupervisionActsReport.BY_ACT_TYPE, true,
                            actColumns(t("report.supervision-acts.subject.act-type")));
                    notes(true, "report.supervision-acts.issued", "report.column.change",
                            "report.supervision-acts.considered", "report.supervision-acts.satisfied",
                            "report.supervision-acts.partially", "report.supervision-acts.rejected",
                            "report.supervision-acts.withdrawn-appealed", "report.supervision-acts.pending",
                            "report.supervision-acts.unanswered", "report.supervision-acts.considered-late",
                            "report.supervision-acts.reported-late", "report.supervision-acts.overdue",
                            "report.supervision-acts.rate", "report.supervision-acts.disciplined",
                            "report.supervision-acts.revoked", "report.supervision-acts.amount",
                            "report.supervision-acts.satisfied-any");
                }
                case OVERDUE_ACTS -> {
                    sheet(t("report.sheet.overdue"), t("report.overdue-acts.title"),
                        OverdueActsReport.TABLE, false, List.of(
                                text("report.overdue-acts.region", 22), text("report.overdue-acts.unit", 26),
                                text("report.overdue-acts.act-id", 16), text("report.overdue-acts.act-type", 18),
                                text("report.overdue-acts.addressee", 48), date("report.overdue-acts.issued"),
                                date("report.overdue-acts.received"), date("report.overdue-acts.deadline"),
                                date("report.overdue-acts.considered"), date("report.overdue-acts.reported"),
                                new Col(t("report.overdue-acts.days-late"), Kind.INT, 11),
                                text("report.overdue-acts.kind", 60), text("report.overdue-acts.how", 90)));
                    notes(false, "report.overdue-acts.deadline", "report.overdue-acts.days-late",
                            "report.overdue-acts.kind", "report.overdue-acts.how");
                }
                case DATA_QUALITY -> {
                    String title = t("report.data-quality.title");
                    XSSFSheet completeness = sheet(t("report.sheet.completeness"), title,
                            DataQualityReport.COMPLETENESS, false, List.of(
                                    text("report.data-quality.region", 24), text("report.data-quality.unit-code", 8),
                                    text("report.data-quality.unit", 28), text("report.data-quality.kind.acts", 22),
                                    text("report.data-quality.kind.records", 22), text("report.data-quality.kind.form", 22)));
                    colourStatuses(completeness);
                    sheet(t("report.sheet.summary"), title, DataQualityReport.SUMMARY, false, List.of(
                            text("report.data-quality.region", 26), text("report.data-quality.rule", 36),
                            text("report.data-quality.severity", 16),
                            new Col(t("report.data-quality.findings"), Kind.INT, 12)));
                    sheet(t("report.sheet.findings"), title, DataQualityReport.FINDINGS, false, List.of(
                            text("report.data-quality.rule", 30), text("report.data-quality.severity", 14),
                            text("report.data-quality.region", 22), text("report.data-quality.unit", 24),
                            text("report.data-quality.file", 28), new Col(t("report.data-quality.row"), Kind.INT, 8),
                            text("report.data-quality.column", 16), text("report.data-quality.value", 18),
                            text("report.data-quality.message", 70)));
                    notes(false, "report.data-quality.severity", "report.data-quality.findings");
                }
                case SPECIAL_RECORDS -> {
                    String title = t("report.special-records.title");
                    List<Col> byRegion = new ArrayList<>(comparison(t("report.special-records.region")));
                    for (String category : reference.codes("RECORD_CATEGORY")) {
                        byRegion.add(new Col(reference.codeName("RECORD_CATEGORY", category, lang) + ", ${year}",
                                Kind.INT, 14));
                    }
                    sheet(t("report.sheet.by-region"), title, SpecialRecordsReport.BY_REGION, true, byRegion);
                    List<Col> byCategory = new ArrayList<>(comparison(t("report.special-records.category")));
                    for (String status : reference.codes("RECORD_STATUS")) {
                        byCategory.add(new Col(reference.codeName("RECORD_STATUS", status, lang), Kind.INT, 14));
                    }
                    byCategory.add(new Col(t("report.special-records.acts"), Kind.INT, 16));
                    sheet(t("report.sheet.by-category"), title, SpecialRecordsReport.BY_CATEGORY, true, byCategory);
                    notes(true, "report.special-records.registered", "report.column.change",
                            "report.special-records.acts");
                }
            }
            return workbook;
        }

        private List<Col> comparison(String subject) {
            String registered = t("report.special-records.registered");
            return List.of(new Col(subject, Kind.TEXT, 34), new Col(registered + ", ${year}", Kind.INT, 14),
                    new Col(registered + ", ${prevYear}", Kind.INT, 14),
                    new Col(t("report.column.change"), Kind.PCT, 10));
        }

        private List<Col> actColumns(String subject) {
            String issued = t("report.supervision-acts.issued");
            return List.of(new Col(subject, Kind.TEXT, 34), new Col(issued + ", ${year}", Kind.INT, 12),
                    new Col(issued + ", ${prevYear}", Kind.INT, 12), new Col(t("report.column.change"), Kind.PCT, 9),
                    num("report.supervision-acts.considered"), num("report.supervision-acts.satisfied"),
                    num("report.supervision-acts.partially"), num("report.supervision-acts.rejected"),
                    num("report.supervision-acts.withdrawn-appealed"), num("report.supervision-acts.pending"),
                    num("report.supervision-acts.unanswered"), num("report.supervision-acts.considered-late"),
                    num("report.supervision-acts.reported-late"), num("report.supervision-acts.overdue"),
                    new Col(t("report.supervision-acts.rate"), Kind.PCT, 12),
                    num("report.supervision-acts.disciplined"), num("report.supervision-acts.revoked"),
                    new Col(t("report.supervision-acts.amount"), Kind.MONEY, 18),
                    new Col(t("report.supervision-acts.satisfied-any") + ", ${year}", Kind.INT, 14),
                    new Col(t("report.supervision-acts.satisfied-any") + ", ${prevYear}", Kind.INT, 14));
        }

        private Col num(String key) {
            return new Col(t(key), Kind.INT, 13);
        }

        private Col text(String key, int width) {
            return new Col(t(key), Kind.TEXT, width);
        }

        private Col date(String key) {
            return new Col(t(key), Kind.DATE, 12);
        }

        /** Title block, table header, the row-prototype marker and (optionally) the total-row marker. */
        private XSSFSheet sheet(String sheetName, String titleText, String table, boolean withTotal, List<Col> cols) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            cell(sheet.createRow(0), 0, titleText, title);
            String[][] info = {
                    {"report.label.period", "${period}"}, {"report.label.as-of", "${asOf}"},
                    {"report.label.region", "${region}"}, {"report.label.produced", "${produced}"},
                    {"report.label.data", "${data}"}};
            for (int i = 0; i < info.length; i++) {
                Row row = sheet.createRow(2 + i);
                cell(row, 0, t(info[i][0]), label);
                boolean data = i == info.length - 1;
                cell(row, 1, info[i][1], data ? wrappedInfo : this.info);
                if (data && cols.size() > 2) {
                    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, cols.size() - 1));
                }
            }
            Row head = sheet.createRow(TABLE_HEADER_ROW);
            head.setHeightInPoints(90);
            Row prototype = sheet.createRow(TABLE_HEADER_ROW + 1);
            Row totalRow = withTotal ? sheet.createRow(TABLE_HEADER_ROW + 2) : null;
            for (int c = 0; c < cols.size(); c++) {
                Col col = cols.get(c);
                sheet.setColumnWidth(c, col.width() * 256);
                cell(head, c, col.header(), header);
                cell(prototype, c, c == 0 ? "${rows:" + table + "}" : null, body[col.kind().ordinal()]);
                if (totalRow != null) {
                    cell(totalRow, c, c == 0 ? "${total:" + table + "}" : null, total[col.kind().ordinal()]);
                }
            }
            sheet.createFreezePane(1, TABLE_HEADER_ROW + 1);
            sheet.setAutobreaks(true);
            printed(sheet, TABLE_HEADER_ROW);
            return sheet;
        }

        /** Landscape A4, one page wide, as long as it takes, the header row repeated on every page. */
        private void printed(XSSFSheet sheet, int headerRow) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            sheet.setFitToPage(true);
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
        }

        /**
         * The last sheet: each column named by {@code keys} with its definition ({@code key.def}), and with
         * {@code marked} what a row marked «*» and «…» mean.
         */
        private void notes(boolean marked, String... keys) {
            XSSFSheet sheet = workbook.createSheet(t("report.sheet.notes"));
            sheet.setColumnWidth(0, 34 * 256);
            sheet.setColumnWidth(1, 110 * 256);
            cell(sheet.createRow(0), 0, t("report.notes.title"), title);
            Row head = sheet.createRow(2);
            cell(head, 0, t("report.notes.column"), header);
            cell(head, 1, t("report.notes.definition"), header);
            int r = 3;
            for (String key : keys) {
                note(sheet.createRow(r++), t(key).replace(", ${year}", "").replace(", ${prevYear}", ""),
                        t(key + ".def"));
            }
            if (marked) {
                note(sheet.createRow(r), "* …", t("report.notes.marked"));
            }
            sheet.createFreezePane(0, 3);
            printed(sheet, 2);
        }

        /** A column and its definition, the row as tall as the longer of the two needs (no office sizes it). */
        private void note(Row row, String column, String definition) {
            cell(row, 0, column, wrappedInfo);
            cell(row, 1, definition, wrappedInfo);
            int lines = Math.max((int) Math.ceil(column.length() / 30.0), (int) Math.ceil(definition.length() / 100.0));
            row.setHeightInPoints(Math.max(1, lines) * 14f);
        }

        private void cell(Row row, int column, String value, CellStyle style) {
            var cell = row.createCell(column);
            cell.setCellStyle(style);
            if (value != null) {
                cell.setCellValue(value);
            }
        }

        /** Status colours by the status words of this language, as conditional formats an analyst can edit. */
        private void colourStatuses(XSSFSheet sheet) {
            XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            String topLeft = "D" + (TABLE_HEADER_ROW + 2);
            CellRangeAddress[] range = {CellRangeAddress.valueOf(topLeft + ":F5000")};
            Object[][] colours = {
                    {"report.data-quality.status.missing", IndexedColors.ROSE},
                    {"report.data-quality.status.rejected", IndexedColors.ROSE},
                    {"report.data-quality.status.late", IndexedColors.LIGHT_ORANGE},
                    {"report.data-quality.status.on-time", IndexedColors.LIGHT_GREEN}};
            for (Object[] colour : colours) {
                String word = t((String) colour[0]).replace("\"", "\"\"");
                var rule = formatting.createConditionalFormattingRule("EXACT(" + topLeft + ",\"" + word + "\")");
                rule.createPatternFormatting().setFillBackgroundColor(((IndexedColors) colour[1]).getIndex());
                formatting.addConditionalFormatting(range, rule);
            }
            String corrected = t("report.data-quality.status.corrected").replaceAll("\\s*\\(.*", "")
                    .replaceAll("\\s*\\{0}.*", "").replace("\"", "\"\"");
            var rule = formatting.createConditionalFormattingRule(
                    "ISNUMBER(SEARCH(\"" + corrected + "\"," + topLeft + "))");
            rule.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            formatting.addConditionalFormatting(range, rule);
        }
    }
}

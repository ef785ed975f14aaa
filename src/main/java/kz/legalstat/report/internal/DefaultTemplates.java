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
import kz.legalstat.report.internal.TemplateSheets.Col;
import kz.legalstat.report.internal.TemplateSheets.Kind;
import kz.legalstat.report.internal.TemplateSheets.Print;
import kz.legalstat.report.internal.TemplateSheets.Table;

import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
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
                    try (XSSFWorkbook workbook = build(name, lang);
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

    /** The template of one report in one language, as shipped. */
    XSSFWorkbook build(ReportName name, Lang lang) {
        return new Builder(lang).build(name);
    }

    /** Builds the workbook of one report in one language. */
    private final class Builder {

        private final Lang lang;
        private final XSSFWorkbook workbook = new XSSFWorkbook();
        private TemplateSheets sheets;

        Builder(Lang lang) {
            this.lang = lang;
        }

        private String t(String key) {
            return texts.get(lang, key);
        }

        XSSFWorkbook build(ReportName name) {
            sheets = new TemplateSheets(workbook, new TemplateSheets.Words(t("report.table"),
                    t("report.label.period"), t("report.label.as-of"), t("report.label.region"),
                    t("report.label.produced"), t("report.label.data"), t("report.page"), t("report.legend"),
                    t("report.notes.title"), t("report.notes.column"), t("report.notes.definition")),
                    t("report." + name.cliName() + ".title"));
            switch (name) {
                case SUPERVISION_ACTS -> supervisionActs();
                case OVERDUE_ACTS -> overdueActs();
                case DATA_QUALITY -> dataQuality();
                case SPECIAL_RECORDS -> specialRecords();
            }
            return workbook;
        }

        private void supervisionActs() {
            String title = t("report.supervision-acts.title");
            String units = t("report.units.acts-and-money");
            String source = t("report.source.acts");
            sheets.table(new Table(1, t("report.sheet.by-region"), title + " ${places}", units,
                    SupervisionActsReport.BY_REGION,
                    true, actColumns(t("report.supervision-acts.subject.region") + " / "
                            + t("report.supervision-acts.subject.unit")), Print.TWO_PAGES_ACROSS, 9, source));
            sheets.table(new Table(2, t("report.sheet.by-act-type"), part(title, "report.part.by-act-type"), units,
                    SupervisionActsReport.BY_ACT_TYPE,
                    true, actColumns(t("report.supervision-acts.subject.act-type")), Print.TWO_PAGES_ACROSS, 9,
                    source));
            notes(title, true, "report.supervision-acts.issued", "report.column.change",
                    "report.supervision-acts.considered", "report.supervision-acts.satisfied",
                    "report.supervision-acts.partially", "report.supervision-acts.rejected",
                    "report.supervision-acts.withdrawn-appealed", "report.supervision-acts.pending",
                    "report.supervision-acts.overdue", "report.supervision-acts.unanswered",
                    "report.supervision-acts.considered-late", "report.supervision-acts.reported-late",
                    "report.supervision-acts.per-100", "report.supervision-acts.rate",
                    "report.supervision-acts.rate-change", "report.supervision-acts.disciplined",
                    "report.supervision-acts.revoked", "report.supervision-acts.amount");
        }

        /**
         * Columns A..T of both supervision-acts tables: issued (this period, last year's, change), considered and
         * its outcomes, pending, violations of terms and their rate, the satisfied share and its change, effect.
         */
        private List<Col> actColumns(String subject) {
            String issued = t("report.supervision-acts.issued");
            String considered = t("report.supervision-acts.considered");
            String overdue = t("report.supervision-acts.overdue.group");
            String rate = t("report.supervision-acts.rate");
            return List.of(new Col(null, subject, Kind.WRAPPED, 30),
                    // B holds the title block's labels too, on the first page across: as wide as they need
                    new Col(issued, "${period}", Kind.INT, 17), new Col(issued, "${prevPeriod}", Kind.INT, 11),
                    new Col(issued, t("report.column.change"), Kind.CHANGE, 9),
                    new Col(considered, t("report.column.all"), Kind.INT, 10),
                    new Col(considered, t("report.supervision-acts.satisfied"), Kind.INT, 12),
                    new Col(considered, t("report.supervision-acts.partially"), Kind.INT, 12),
                    new Col(considered, t("report.supervision-acts.rejected"), Kind.INT, 13),
                    new Col(considered, t("report.supervision-acts.withdrawn-appealed"), Kind.INT, 13),
                    new Col(null, t("report.supervision-acts.pending"), Kind.INT, 12),
                    new Col(overdue, t("report.supervision-acts.overdue"), Kind.INT, 10),
                    new Col(overdue, t("report.supervision-acts.unanswered"), Kind.INT, 13),
                    new Col(overdue, t("report.supervision-acts.considered-late"), Kind.INT, 13),
                    new Col(overdue, t("report.supervision-acts.reported-late"), Kind.INT, 14),
                    new Col(overdue, t("report.supervision-acts.per-100"), Kind.RATE, 12),
                    new Col(rate, "${period}", Kind.PCT, 12),
                    new Col(rate, t("report.supervision-acts.rate-change"), Kind.POINTS, 12),
                    new Col(null, t("report.supervision-acts.disciplined"), Kind.INT, 14),
                    new Col(null, t("report.supervision-acts.revoked"), Kind.INT, 14),
                    new Col(null, t("report.supervision-acts.amount"), Kind.MILLIONS, 14));
        }

        private void overdueActs() {
            String title = t("report.overdue-acts.title");
            String overdue = t("report.supervision-acts.overdue.group");
            sheets.table(new Table(1, t("report.sheet.summary"), t("report.overdue-acts.summary.title"),
                    t("report.units.acts"), OverdueActsReport.SUMMARY, true, List.of(
                            new Col(null, t("report.supervision-acts.subject.region") + " / "
                                    + t("report.supervision-acts.subject.unit"), Kind.WRAPPED, 30),
                            new Col(null, t("report.overdue-acts.issued-acts"), Kind.INT, 12),
                            new Col(overdue, t("report.supervision-acts.overdue"), Kind.INT, 12),
                            new Col(overdue, t("report.supervision-acts.per-100"), Kind.RATE, 12),
                            new Col(overdue, t("report.supervision-acts.unanswered"), Kind.INT, 14),
                            new Col(overdue, t("report.supervision-acts.considered-late"), Kind.INT, 14),
                            new Col(overdue, t("report.supervision-acts.reported-late"), Kind.INT, 14)),
                    Print.ONE_PAGE_PORTRAIT, t("report.source.acts")));
            String consideration = t("report.overdue-acts.consideration");
            String reporting = t("report.overdue-acts.reporting");
            sheets.table(new Table(2, t("report.sheet.overdue"), title, t("report.units.register"),
                    OverdueActsReport.TABLE, true, List.of(
                            new Col(null, t("report.overdue-acts.region"), Kind.WRAPPED, 16),
                            new Col(null, t("report.overdue-acts.unit"), Kind.WRAPPED, 15),
                            new Col(null, t("report.overdue-acts.act-id"), Kind.TEXT, 13),
                            new Col(null, t("report.overdue-acts.act-type"), Kind.WRAPPED, 14),
                            new Col(null, t("report.overdue-acts.addressee"), Kind.WRAPPED, 20),
                            new Col(null, t("report.overdue-acts.issued"), Kind.DATE, 10),
                            new Col(null, t("report.overdue-acts.received"), Kind.DATE, 10),
                            new Col(consideration, t("report.overdue-acts.term"), Kind.DATE, 10),
                            new Col(consideration, t("report.overdue-acts.date"), Kind.DATE, 10),
                            new Col(reporting, t("report.overdue-acts.term"), Kind.DATE, 10),
                            new Col(reporting, t("report.overdue-acts.date"), Kind.DATE, 10),
                            new Col(null, t("report.overdue-acts.days-late"), Kind.INT, 7),
                            new Col(null, t("report.overdue-acts.kind"), Kind.WRAPPED, 22),
                            // one line each, on the screen: printed, the account of every deadline would take three
                            // times the pages; the notes say where it is
                            new Col(null, t("report.overdue-acts.how"), Kind.TEXT, 120)),
                    Print.WIDE, 12, t("report.source.acts")));
            notes(title, true, "report.overdue-acts.deadline", "report.overdue-acts.report-deadline",
                    "report.overdue-acts.how",
                    "report.overdue-acts.days-late", "report.overdue-acts.kind",
                    "report.overdue-acts.subtotal", "report.supervision-acts.per-100");
        }

        private void dataQuality() {
            String title = t("report.data-quality.title");
            String source = t("report.source.quality");
            sheets.table(new Table(1, t("report.sheet.findings"), t("report.data-quality.to-fix.title"),
                    t("report.units.findings"), DataQualityReport.FINDINGS, false, List.of(
                            new Col(null, t("report.data-quality.region"), Kind.WRAPPED, 16),
                            new Col(null, t("report.data-quality.unit"), Kind.WRAPPED, 16),
                            new Col(null, t("report.data-quality.severity"), Kind.WRAPPED, 17),
                            new Col(null, t("report.data-quality.rule"), Kind.WRAPPED, 20),
                            new Col(null, t("report.data-quality.message"), Kind.WRAPPED, 34),
                            new Col(null, t("report.data-quality.fix-by"), Kind.DATE, 10),
                            new Col(null, t("report.data-quality.file"), Kind.WRAPPED, 15),
                            new Col(null, t("report.data-quality.row"), Kind.INT, 6),
                            new Col(null, t("report.data-quality.act"), Kind.WRAPPED, 12),
                            new Col(null, t("report.data-quality.column"), Kind.WRAPPED, 15),
                            new Col(null, t("report.data-quality.value"), Kind.WRAPPED, 12)),
                    Print.WIDE, source));
            XSSFSheet completeness = sheets.table(new Table(2, t("report.sheet.completeness"),
                    t("report.data-quality.completeness.title"), t("report.units.files"),
                    DataQualityReport.COMPLETENESS, false, List.of(
                            new Col(null, t("report.data-quality.region"), Kind.WRAPPED, 22),
                            new Col(null, t("report.data-quality.unit-code"), Kind.TEXT, 7),
                            new Col(null, t("report.data-quality.unit"), Kind.WRAPPED, 26),
                            new Col(null, t("report.data-quality.kind.acts"), Kind.WRAPPED, 20),
                            new Col(null, t("report.data-quality.kind.records"), Kind.WRAPPED, 20),
                            new Col(null, t("report.data-quality.kind.form"), Kind.WRAPPED, 20)),
                    Print.WIDE, source));
            colourStatuses(completeness);
            sheets.table(new Table(3, t("report.sheet.summary"), t("report.data-quality.summary.title"),
                    t("report.units.findings-counted"), DataQualityReport.SUMMARY, true, List.of(
                            new Col(null, t("report.data-quality.region"), Kind.WRAPPED, 24),
                            new Col(null, t("report.data-quality.rule"), Kind.WRAPPED, 44),
                            new Col(null, t("report.data-quality.severity"), Kind.WRAPPED, 16),
                            new Col(null, t("report.data-quality.findings"), Kind.INT, 12)),
                    Print.PORTRAIT, source));
            notes(title, true, "report.data-quality.severity", "report.data-quality.fix-by",
                    "report.data-quality.message", "report.data-quality.findings");
        }

        private void specialRecords() {
            String title = t("report.special-records.title");
            String registered = t("report.special-records.registered");
            String source = t("report.source.records");
            List<Col> byRegion = new ArrayList<>(comparison(t("report.special-records.region"), registered));
            String ofWhich = t("report.special-records.by-category");
            for (String category : reference.codes("RECORD_CATEGORY")) {
                byRegion.add(new Col(ofWhich, reference.codeName("RECORD_CATEGORY", category, lang), Kind.INT, 12));
            }
            sheets.table(new Table(1, t("report.sheet.by-region"), title + " ${places}",
                    t("report.units.records"),
                    SpecialRecordsReport.BY_REGION, true, byRegion, Print.ONE_PAGE, source));
            List<Col> byCategory = new ArrayList<>(comparison(t("report.special-records.category"), registered));
            String byStatus = t("report.special-records.by-status");
            for (String status : reference.codes("RECORD_STATUS")) {
                byCategory.add(new Col(byStatus, reference.codeName("RECORD_STATUS", status, lang), Kind.INT, 12));
            }
            byCategory.add(new Col(null, t("report.special-records.acts"), Kind.INT, 14));
            sheets.table(new Table(2, t("report.sheet.by-category"), part(title, "report.part.by-category"),
                    t("report.units.records"),
                    SpecialRecordsReport.BY_CATEGORY, true, byCategory, Print.ONE_PAGE, source));
            notes(title, true, "report.special-records.registered", "report.column.change",
                    "report.special-records.by-category", "report.special-records.by-status",
                    "report.special-records.acts");
        }

        /** A table's title: the report's, and which part of it the table shows. */
        private String part(String title, String part) {
            return title + " " + t(part);
        }

        private List<Col> comparison(String subject, String registered) {
            return List.of(new Col(null, subject, Kind.WRAPPED, 24),
                    new Col(registered, "${period}", Kind.INT, 12), new Col(registered, "${prevPeriod}", Kind.INT, 12),
                    new Col(registered, t("report.column.change"), Kind.CHANGE, 10));
        }

        /**
         * The notes sheet: each column named by {@code keys} with its definition ({@code key.def}), the symbols,
         * and with {@code marked} what a row marked «*» means.
         */
        private void notes(String title, boolean marked, String... keys) {
            List<String[]> definitions = new ArrayList<>();
            for (String key : keys) {
                definitions.add(new String[] {t(key), t(key + ".def")});
            }
            definitions.add(new String[] {"–", t("report.symbol.none")});
            definitions.add(new String[] {"…", t("report.symbol.not-available")});
            definitions.add(new String[] {"х", t("report.symbol.not-applicable")});
            if (marked) {
                definitions.add(new String[] {"*", t("report.notes.marked")});
            }
            sheets.notes(t("report.sheet.notes"), definitions);
        }

        /** Status colours by the status words of this language, as conditional formats an analyst can edit. */
        private void colourStatuses(XSSFSheet sheet) {
            XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            String topLeft = "D" + (TemplateSheets.HEADER_ROW + 4);
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

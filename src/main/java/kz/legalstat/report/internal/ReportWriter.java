package kz.legalstat.report.internal;

import java.util.List;
import java.util.Map;

import kz.legalstat.report.ReportName;

/** One report: the tables its template must mark, and how it fills them. */
interface ReportWriter {

    ReportName name();

    /** The {@code ${rows:...}} markers its template must hold. */
    List<String> tables();

    /** Fills the template's tables; returns the number of data rows written per table. */
    Map<String, Long> write(ReportContext context, TemplateWorkbook workbook);
}

package kz.legalstat.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.legalstat.i18n.Lang;
import kz.legalstat.report.internal.DefaultTemplates;
import kz.legalstat.report.internal.PoiTempFolder;
import kz.legalstat.report.internal.ReportProducer;
import kz.legalstat.report.internal.ReportTemplates;

import org.springframework.stereotype.Service;

/** Writes reports and records each export in the catalogue. */
@Service
public class Reports {

    private final ReportProducer producer;
    private final ReportTemplates templates;
    private final DefaultTemplates defaultTemplates;
    private final PoiTempFolder poiTempFolder;
    private final FiguresBases bases;

    Reports(ReportProducer producer, ReportTemplates templates, DefaultTemplates defaultTemplates,
            PoiTempFolder poiTempFolder, FiguresBases bases) {
        this.bases = bases;
        this.producer = producer;
        this.templates = templates;
        this.defaultTemplates = defaultTemplates;
        this.poiTempFolder = poiTempFolder;
    }

    /** The folder of this process's own where sheets are spooled while a report is written; empty between reports. */
    public Path sheetsTempFolder() {
        return poiTempFolder.folder();
    }

    /** Checks every template of every report and language; the exception names every problem found. */
    public void validateTemplates() {
        templates.validate();
    }

    /** Writes the shipped templates into a folder, to start from or to reset a broken edit. */
    public List<Path> writeDefaultTemplates(Path folder) {
        return defaultTemplates.writeAll(folder);
    }

    public ReportResult write(ReportRequest request) {
        return producer.produce(request, ReportProgress.untracked());
    }

    /** Writes the report, counting its rows into {@code progress} for whoever follows it. */
    public ReportResult write(ReportRequest request, ReportProgress progress) {
        return producer.produce(request, progress);
    }

    /**
     * The data-quality work list of each region some of whose units the month's verification keeps out, in both
     * languages, into {@code folder}: what the nightly run sends back to the offices that have errors to fix.
     */
    public List<ReportResult> writeWorkLists(YearMonth period, Path folder, String requestedBy) {
        List<ReportResult> results = new ArrayList<>();
        bases.of(period, null).keptOut().stream().map(k -> k.unitCode().substring(0, 2)).distinct().sorted()
                .forEach(region -> {
                    for (Lang lang : Lang.values()) {
                        ReportRequest request = new ReportRequest(ReportName.DATA_QUALITY, period, lang, region, null,
                                null, requestedBy);
                        results.add(write(request.writingTo(folder.resolve(request.defaultFileName()))));
                    }
                });
        return results;
    }

    /** Every report in both languages for the whole republic, into one folder: what the nightly run publishes. */
    public List<ReportResult> writeAll(YearMonth period, Path folder, String requestedBy) {
        List<ReportResult> results = new ArrayList<>();
        for (ReportName name : ReportName.values()) {
            for (Lang lang : Lang.values()) {
                ReportRequest request = new ReportRequest(name, period, lang, null, null, null, requestedBy);
                results.add(write(request.writingTo(folder.resolve(request.defaultFileName()))));
            }
        }
        return results;
    }
}

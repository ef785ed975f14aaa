package kz.legalstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import kz.legalstat.i18n.Lang;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;
import kz.legalstat.report.ReportName;
import kz.legalstat.report.ReportRequest;
import kz.legalstat.report.ReportResult;
import kz.legalstat.report.Reports;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report")
class ReportCommand extends JsonCommand {

    static final String ALL_REGIONS = "all";

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--period", required = true)
    String period;

    @Option(names = "--lang", defaultValue = "kk")
    String lang;

    @Option(names = "--region")
    String region;

    @Option(names = "--as-of")
    String asOf;

    @Option(names = "--out", required = true)
    Path out;

    private ReportName report;
    private YearMonth month;
    private Lang language;
    private LocalDate asOfDate;

    @Override
    public void validate(Console console) {
        report = ReportName.parse(name)
                .orElseThrow(() -> new UsageException(console.text("cli.report.invalid", name, ReportName.allowed())));
        month = Options.period(period, console);
        language = Options.lang(lang, console);
        asOfDate = asOf == null ? null : Options.date(asOf, console);
        if (eachRegion()) {
            // one workbook per region, each named for its region, into a folder the office sends them from
            if (Files.exists(out) && !Files.isDirectory(out) || out.getFileName().toString().endsWith(".xlsx")) {
                throw new UsageException(console.text("cli.report.each-region-folder", out));
            }
            return;
        }
        Options.workbookFile(out, report.cliName() + "_" + month + "_" + language.name() + ".xlsx", "cli.out.folder",
                "cli.out.not-xlsx", console);
    }

    /** {@code --region all}: a workbook for each region (a data-quality work list for each office to fix its own). */
    private boolean eachRegion() {
        return ALL_REGIONS.equals(region);
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) {
        if (eachRegion()) {
            for (Unit each : context.getBean(ReferenceData.class).regions()) {
                ReportRequest request = new ReportRequest(report, month, language, each.code(), asOfDate, null,
                        System.getProperty("user.name"));
                write(context, console, request.writingTo(out.resolve(request.defaultFileName())));
            }
            return 0;
        }
        if (region != null) {
            ReferenceData reference = context.getBean(ReferenceData.class);
            boolean known = reference.unit(region).map(Unit::isRegion).orElse(false);
            if (!known) {
                throw new UsageException(console.text("cli.region.invalid", region,
                        String.join(", ", reference.regions().stream().map(Unit::code).toList())));
            }
        }
        write(context, console, new ReportRequest(report, month, language, region, asOfDate, out,
                System.getProperty("user.name")));
        return 0;
    }

    private void write(ConfigurableApplicationContext context, Console console, ReportRequest request) {
        ReportResult result = context.getBean(Reports.class).write(request);
        console.say(result.file() + "  " + result.rows() + "  sha256 " + result.sha256());
        if (result.noData()) {
            console.say(console.text("cli.report.no-data", month, result.file().getFileName()));
        }
        console.result(Map.of("file", result.file().toString(), "report", report.cliName(), "period", month.toString(),
                "lang", language.name(), "rows", result.rows(), "sha256", result.sha256(), "exportId", result.exportId(),
                "noData", result.noData()));
    }
}

package kz.legalstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern OTHER_EXTENSION = Pattern.compile("\\.(?!xlsx$)(\\p{Alpha}+)$",
            Pattern.CASE_INSENSITIVE);

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
        try {
            language = Lang.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new UsageException(console.text("cli.lang.invalid", lang));
        }
        asOfDate = asOf == null ? null : Options.date(asOf, console);
        if (Files.isDirectory(out)) {
            throw new UsageException(console.text("cli.out.folder", out,
                    out.resolve(report.cliName() + "_" + month + "_" + language.name() + ".xlsx")));
        }
        // a workbook named .csv or .xls is opened by Excel as that format (garbage, or a warning that it is not);
        // a name without a letters-only extension ("overdue", "overdue.2026-10") is the operator's to choose
        String fileName = out.getFileName().toString();
        Matcher extension = OTHER_EXTENSION.matcher(fileName);
        if (extension.find()) {
            throw new UsageException(console.text("cli.out.not-xlsx", out, extension.group(1),
                    out.resolveSibling(fileName.substring(0, extension.start()) + ".xlsx")));
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) {
        if (region != null) {
            ReferenceData reference = context.getBean(ReferenceData.class);
            boolean known = reference.unit(region).map(Unit::isRegion).orElse(false);
            if (!known) {
                throw new UsageException(console.text("cli.region.invalid", region,
                        String.join(", ", reference.regions().stream().map(Unit::code).toList())));
            }
        }
        ReportResult result = context.getBean(Reports.class).write(new ReportRequest(report, month, language, region,
                asOfDate, out, System.getProperty("user.name")));
        console.say(result.file() + "  " + result.rows() + "  sha256 " + result.sha256());
        console.result(Map.of("file", result.file().toString(), "report", report.cliName(), "period", month.toString(),
                "lang", language.name(), "rows", result.rows(), "sha256", result.sha256(), "exportId", result.exportId()));
        return 0;
    }
}

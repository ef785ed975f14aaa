package kz.legalstat.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import kz.legalstat.bench.CollectionBenchmark;
import kz.legalstat.bench.ExportLoadBenchmark;
import kz.legalstat.bench.ReportBenchmark;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench")
class BenchCommand extends JsonCommand {

    static final String DATABASE = "legalstat_bench";

    @Option(names = "--acts", defaultValue = "1000000")
    long acts;

    @Option(names = "--records", defaultValue = "1000000")
    long records;

    @Option(names = "--out", defaultValue = "bench-out")
    Path out;

    @Option(names = "--reports")
    boolean reports;

    @Option(names = "--overdue", defaultValue = "1000000")
    long overdue;

    @Option(names = "--report-acts", defaultValue = "10000000")
    long reportActs;

    @Option(names = "--exports")
    boolean exports;

    @Option(names = "--analysts", defaultValue = "20")
    int analysts;

    @Option(names = "--loaded-acts", defaultValue = "2000000")
    long loadedActs;

    @Override
    public boolean serves() {
        return exports;
    }

    @Override
    public boolean schedules() {
        return false;
    }

    @Override
    public List<String> springArguments() {
        return exports ? List.of("--server.port=0", "--legalstat.report.exports-dir=" + out.resolve("exports"))
                : List.of();
    }

    @Override
    public String scratchDatabase() {
        return DATABASE;
    }

    @Override
    public void validate(Console console) {
        if (acts < 1000 || records < 1000) {
            throw new UsageException(console.text("cli.bench.rows"));
        }
        if (analysts < 1 || analysts > 200) {
            throw new UsageException(console.text("cli.bench.analysts", analysts));
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) throws Exception {
        if (reports) {
            return runReports(context, console);
        }
        if (exports) {
            return runExports(context, console);
        }
        var f = context.getBean(CollectionBenchmark.class).run(out, YearMonth.of(2026, 10), acts, records);
        console.say(String.format(Locale.ROOT, "bench: %,d acts and %,d records, %,d MB of CSV; max heap %,d MB",
                f.acts(), f.records(), f.fileBytes() >> 20, f.maxHeapBytes() >> 20));
        console.say(String.format(Locale.ROOT, "limit    COPY of the same files into bare tables (no key, index or check):"
                + " %.1f s, %,.0f rows/s", f.copySeconds(), f.copyRowsPerSecond()));
        console.say(String.format(Locale.ROOT, "collect  LegalStat collection, every row validated: %.1f s, %,.0f rows/s"
                        + " = %.2f x COPY (goal >= 0.70); peak heap <= %,d MB; %s",
                f.collectSeconds(), f.collectRowsPerSecond(), f.collectToCopy(), f.peakHeapBytes() >> 20,
                f.collectStatus()));
        console.say(String.format(Locale.ROOT, "         of it: scan %.1f s, load %.1f s (rows parsed, checked, their "
                        + "deadlines derived, copied, their versions marked), the state's refresh %.2f s; CPU of this "
                        + "JVM meanwhile %.1f s (on %d cores)",
                f.scanSeconds(), f.loadSeconds(), f.refreshSeconds(), f.jvmCpuSeconds(),
                Runtime.getRuntime().availableProcessors()));
        var r = f.register();
        console.say(String.format(Locale.ROOT, "register one register of %,d acts in one file (%,d MB): COPY %.1f s, "
                        + "collection %.1f s = %.2f x COPY (goal >= 0.50); peak heap <= %,d MB",
                r.acts(), r.bytes() >> 20, r.copySeconds(), r.collectSeconds(), r.collectToCopy(),
                r.peakHeapBytes() >> 20));
        console.say(String.format(Locale.ROOT, "verify   all rules over the month: %.2f s = %.1f %% of the collection"
                        + " (goal < 10 %%); whole verification job: %.2f s",
                f.rulesSeconds(), 100 * f.rulesToCollect(), f.verifySeconds()));
        var c = f.correction();
        console.say(String.format(Locale.ROOT, "correct  a night after: one register and one extract sent again "
                        + "(%,d acts and %,d records, a row fewer each): collection %.2f s, of it the state's refresh "
                        + "%.2f s", c.acts(), c.records(), c.collectSeconds(), c.refreshSeconds()));
        double base = f.nights().get(0).seconds();
        for (var n : f.nights()) {
            console.say(String.format(Locale.ROOT, "night    history of %2d months (%,11d acts): a district's register "
                            + "of %,d acts %.2f s and its correction %.2f s = %.2f s (%.2f x the empty database's; goal "
                            + "within 0.50-1.50); the month's rules %.2f s, supervision-acts %.2f s",
                    n.historyMonths(), n.historyActs(), n.acts(), n.registerSeconds(), n.correctionSeconds(),
                    n.seconds(), n.seconds() / base, n.rulesSeconds(), n.reportSeconds()));
        }
        console.say(String.format(Locale.ROOT, "storage  per 1 000 000 acts: the history with its indexes %,d MB; the "
                        + "second copy the state was until V26 (act and its indexes) would add %,d MB",
                f.storage().historyBytesPerMillion() >> 20, f.storage().secondCopyBytesPerMillion() >> 20));
        console.result(f);
        return "COMPLETED".equals(f.collectStatus()) ? 0 : 1;
    }

    private int runExports(ConfigurableApplicationContext context, Console console) throws Exception {
        var f = context.getBean(ExportLoadBenchmark.class).run(out, analysts, loadedActs, acts, records);
        console.say(String.format(Locale.ROOT, "bench: %d analysts export supervision-acts through the web interface "
                + "over %,d acts while the nightly run takes %,d rows", f.analysts(), f.loadedActs(), f.nightlyRows()));
        console.say(String.format(Locale.ROOT, "limit    one analyst on an idle server: %.1f s", f.aloneSeconds()));
        console.say(String.format(Locale.ROOT, "load     %d of %d exports completed, %d failed; median %.1f s, worst %.1f s"
                        + " = %.1f x alone; each: %s", f.seconds().size(), f.analysts(), f.failures().size(),
                f.median(), f.worst(), f.worst() / f.aloneSeconds(), f.seconds().stream()
                        .map(s -> String.format(Locale.ROOT, "%.1f", s)).collect(Collectors.joining(" "))));
        f.failures().forEach(console::say);
        console.say(String.format(Locale.ROOT, "nightly  %s in %.1f s, %s when the last export finished",
                f.nightlyStatus(), f.nightlySeconds(), f.nightlyStillRunning() ? "still running" : "already done"));
        console.result(f);
        return f.passed() ? 0 : 1;
    }

    private int runReports(ConfigurableApplicationContext context, Console console) throws Exception {
        var f = context.getBean(ReportBenchmark.class).run(out, overdue, reportActs);
        console.say(String.format(Locale.ROOT, "bench: %,d acts, %,d of them overdue; max heap %,d MB",
                f.acts(), f.overdueRows(), f.maxHeapBytes() >> 20));
        console.say(String.format(Locale.ROOT, "limit    raw fastexcel write of the same rows: %.1f s, %,.0f rows/s",
                f.rawSeconds(), f.overdueRows() / f.rawSeconds()));
        console.say(String.format(Locale.ROOT, "register overdue-acts from its template: %.1f s, %,.0f rows/s = %.2f x "
                        + "fastexcel (goal >= 0.80); peak heap <= %,d MB (goal < 256); POI temp files left: %d",
                f.registerSeconds(), f.overdueRows() / f.registerSeconds(), f.registerToRaw(), f.peakHeapBytes() >> 20,
                f.tempFilesLeft()));
        console.say(String.format(Locale.ROOT, "summary  supervision-acts over %,d acts: %.1f s (goal < 30 s)",
                f.acts(), f.summarySeconds()));
        console.result(f);
        return 0;
    }
}

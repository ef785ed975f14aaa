package kz.legalstat.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;

import kz.legalstat.bench.CollectionBenchmark;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Measure collection and verification of a national month against COPY of "
        + "the same files, in the scratch database legalstat_bench (dropped and created anew).")
class BenchCommand extends JsonCommand {

    static final String DATABASE = "legalstat_bench";

    @Option(names = "--acts", defaultValue = "1000000", description = "act rows (default 1000000)")
    long acts;

    @Option(names = "--records", defaultValue = "1000000", description = "special-record rows (default 1000000)")
    long records;

    @Option(names = "--out", defaultValue = "bench-out", description = "folder for the generated files")
    Path out;

    @Override
    public String scratchDatabase() {
        return DATABASE;
    }

    @Override
    public void validate(Console console) {
        if (acts < 1000 || records < 1000) {
            throw new UsageException(console.text("cli.bench.rows"));
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) throws Exception {
        var f = context.getBean(CollectionBenchmark.class).run(out, YearMonth.of(2026, 10), acts, records);
        console.say(String.format(Locale.ROOT, "bench: %,d acts and %,d records, %,d MB of CSV; max heap %,d MB",
                f.acts(), f.records(), f.fileBytes() >> 20, f.maxHeapBytes() >> 20));
        console.say(String.format(Locale.ROOT, "limit    COPY of the same files into bare tables: %.1f s, %,.0f rows/s",
                f.copySeconds(), f.copyRowsPerSecond()));
        console.say(String.format(Locale.ROOT, "collect  LegalStat collection, every row validated: %.1f s, %,.0f rows/s"
                        + " = %.2f x COPY (goal >= 0.70); peak heap <= %,d MB; %s",
                f.collectSeconds(), f.collectRowsPerSecond(), f.collectToCopy(), f.peakHeapBytes() >> 20,
                f.collectStatus()));
        console.say(String.format(Locale.ROOT, "verify   all rules over the month: %.2f s = %.1f %% of the collection"
                        + " (goal < 10 %%); whole verification job with the current-state rebuild: %.2f s",
                f.rulesSeconds(), 100 * f.rulesToCollect(), f.verifySeconds()));
        console.result(f);
        return "COMPLETED".equals(f.collectStatus()) ? 0 : 1;
    }
}

package kz.legalstat.cli;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Optional;

import kz.legalstat.i18n.Lang;
import kz.legalstat.ingest.CollectResult;
import kz.legalstat.ingest.RunIntake;
import kz.legalstat.ingest.SubmissionStatus;
import kz.legalstat.schedule.Pipeline;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "collect")
class CollectCommand extends JsonCommand {

    @Option(names = "--inbox")
    Path inbox;

    @Option(names = "--source-url")
    String sourceUrl;

    @Option(names = "--source-query")
    String sourceQuery;

    @Option(names = "--source-unit")
    String sourceUnit;

    @Option(names = "--period")
    String period;


    private YearMonth month;

    @Override
    public void validate(Console console) {
        month = period == null ? null : Options.period(period, console);
        if (sourceUrl != null) {
            if (inbox != null || sourceQuery == null || sourceUnit == null || month == null) {
                throw new UsageException(console.text("cli.source.options"));
            }
            try {
                DriverManager.getDriver(sourceUrl);
            } catch (SQLException e) {
                throw new UsageException(console.text("cli.source.url", sourceUrl));
            }
        } else if (inbox == null) {
            throw new UsageException(console.text("cli.inbox.missing", inbox));
        } else {
            Options.inbox(inbox, console);
        }
    }

    @Override
    public boolean resumes() {
        return true;
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) {
        Pipeline pipeline = context.getBean(Pipeline.class);
        JobExecution execution;
        if (sourceUrl != null) {
            execution = pipeline.collectFromDatabase(sourceUrl, sourceQuery, sourceUnit, month);
        } else {
            try (var progress = CollectionProgress.show(context, inbox, console)) {
                execution = pipeline.collect(inbox, Optional.ofNullable(month));
            }
        }
        CollectResult result = context.getBean(RunIntake.class).collected(execution);
        print(result, console);
        console.result(result);
        return JobOutcome.exitStatus(execution, console);
    }

    static void print(CollectResult result, Console console) {
        print(result, console, false);
    }

    /** The files taken and the totals; {@code brief}: only the files refused, or with rows refused, then the totals. */
    static void print(CollectResult result, Console console, boolean brief) {
        String row = "%-40s %-9s %8s %6s  %s";
        var files = result.files().stream()
                .filter(f -> !brief || f.status() != SubmissionStatus.LOADED || f.rowsRejected() > 0).toList();
        if (!files.isEmpty()) {
            console.say(String.format(row, console.text("cli.collect.file"), console.text("cli.collect.status"),
                    console.text("cli.collect.rows"), console.text("cli.collect.rejected"),
                    console.text("cli.collect.reason")));
        }
        for (var file : files) {
            console.say(String.format(row, file.file(), file.status(),
                    file.rowsLoaded(), file.rowsRejected(),
                    file.reasonRu() == null ? "" : (console.lang == Lang.kk ? file.reasonKk() : file.reasonRu())));
        }
        console.say(console.text("cli.collect.summary", result.files().size(), result.count(SubmissionStatus.LOADED),
                result.count(SubmissionStatus.REJECTED), result.count(SubmissionStatus.IGNORED), result.rowsLoaded(),
                result.rowsRejected(), result.unchanged()));
        if (result.otherMonths() > 0) {
            console.say(console.text("cli.collect.other-months", result.otherMonths()));
        }
    }
}

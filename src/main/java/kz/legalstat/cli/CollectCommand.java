package kz.legalstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import kz.legalstat.ingest.CollectResult;
import kz.legalstat.schedule.Pipeline;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "collect", description = "Take every new or corrected submission below the inbox.")
class CollectCommand extends JsonCommand {

    @Option(names = "--inbox", description = "folder the submissions are in")
    Path inbox;

    @Option(names = "--source-url", description = "instead of an inbox: a unit's database (JDBC URL; user and "
            + "password from LEGALSTAT_SOURCE_USER and LEGALSTAT_SOURCE_PASSWORD)")
    String sourceUrl;

    @Option(names = "--source-query", description = "with --source-url: the query that yields the acts rows")
    String sourceQuery;

    @Option(names = "--source-unit", description = "with --source-url: the unit whose register the rows are")
    String sourceUnit;

    @Option(names = "--period", description = "only this month's files (YYYY-MM)")
    String period;


    private YearMonth month;

    @Override
    public void validate(Console console) {
        month = period == null ? null : Options.period(period, console);
        if (sourceUrl != null) {
            if (inbox != null || sourceQuery == null || sourceUnit == null || month == null) {
                throw new UsageException(console.text("cli.source.options"));
            }
        } else if (inbox == null || !Files.isDirectory(inbox)) {
            throw new UsageException(console.text("cli.inbox.missing", inbox));
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) {
        Pipeline pipeline = context.getBean(Pipeline.class);
        JobExecution execution;
        if (sourceUrl != null) {
            execution = pipeline.collectFromDatabase(sourceUrl, sourceQuery, sourceUnit, month);
        } else {
            try (var progress = CollectionProgress.show(context.getBean(JdbcClient.class),
                    inbox.toAbsolutePath().normalize().toString(), console)) {
                execution = pipeline.collect(inbox, Optional.ofNullable(month));
            }
        }
        CollectResult result = CollectResult.of(context.getBean(JdbcClient.class), execution.getId(),
                execution.getExecutionContext().getInt(CollectResult.UNCHANGED_KEY, 0));
        print(result, console);
        console.result(result);
        return JobOutcome.exitStatus(execution, console);
    }

    static void print(CollectResult result, Console console) {
        for (var file : result.files()) {
            console.say(String.format("%-40s %-9s %8d %6d  %s", file.file(), file.status(),
                    file.rowsLoaded(), file.rowsRejected(),
                    file.reasonRu() == null ? "" : (console.lang == kz.legalstat.i18n.Lang.kk ? file.reasonKk() : file.reasonRu())));
        }
        console.say(console.text("cli.collect.summary", result.files().size(), result.rowsLoaded(),
                result.rowsRejected(), result.unchanged()));
    }
}

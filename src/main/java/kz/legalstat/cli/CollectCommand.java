package kz.legalstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import kz.legalstat.ingest.CollectResult;
import kz.legalstat.schedule.Pipeline;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "collect", description = "Take every new or corrected submission below the inbox.")
class CollectCommand extends JsonCommand {

    @Option(names = "--inbox", required = true, description = "folder the submissions are in")
    Path inbox;

    @Option(names = "--period", description = "only this month's files (YYYY-MM)")
    String period;


    private YearMonth month;

    @Override
    public void validate(Console console) {
        if (!Files.isDirectory(inbox)) {
            throw new UsageException(console.text("cli.inbox.missing", inbox));
        }
        month = period == null ? null : Options.period(period, console);
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) {
        var execution = context.getBean(Pipeline.class).collect(inbox, Optional.ofNullable(month));
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

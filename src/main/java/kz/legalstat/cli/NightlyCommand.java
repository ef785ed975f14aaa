package kz.legalstat.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.legalstat.ingest.CollectResult;
import kz.legalstat.quality.VerifyResult;
import kz.legalstat.report.ReportExports;
import kz.legalstat.report.Requester;
import kz.legalstat.schedule.Pipeline;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "nightly")
class NightlyCommand extends JsonCommand {

    @Option(names = "--inbox", required = true)
    Path inbox;

    @Option(names = "--period", required = true)
    String period;

    @Option(names = "--out", required = true)
    Path out;


    private YearMonth month;

    @Override
    public void validate(Console console) {
        Options.inbox(inbox, console);
        month = Options.period(period, console);
    }

    @Override
    public boolean resumes() {
        return true;
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) {
        JobExecution execution;
        try (var progress = CollectionProgress.show(context, inbox, console)) {
            execution = context.getBean(Pipeline.class).nightly(inbox, month, out);
        }
        Map<String, Object> summary = summarize(context, execution, console, false);
        console.result(summary);
        return JobOutcome.exitStatus(execution, console);
    }

    /** Prints and returns what the nightly run collected, found and wrote. */
    /** What the night did, said on the console; {@code brief}: of the files, only those refused or with rows refused. */
    static Map<String, Object> summarize(ConfigurableApplicationContext context, JobExecution execution,
                                         Console console, boolean brief) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("execution", execution.getId());
        summary.put("status", execution.getStatus().toString());
        CollectResult collected = CollectResult.of(jdbc, execution);
        CollectCommand.print(collected, console, brief);
        summary.put("collect", collected);
        if (execution.getExecutionContext().containsKey(VerifyResult.RUN_ID_KEY)) {
            VerifyResult verified = VerifyResult.of(jdbc, execution.getExecutionContext().getLong(VerifyResult.RUN_ID_KEY));
            VerifyCommand.print(verified, console);
            CalendarCommand.warnOfMissingYear(context, console);
            summary.put("verify", verified);
        }
        var reports = context.getBean(ReportExports.class).writtenFor(Requester.nightly(execution.getId()))
                .stream().map(r -> Map.of("file", r.filePath(), "rows", r.rows())).toList();
        reports.forEach(r -> console.say(r.get("file") + " " + r.get("rows")));
        summary.put("reports", reports);
        return summary;
    }
}

package kz.legalstat.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.legalstat.ingest.CollectResult;
import kz.legalstat.ingest.RunIntake;
import kz.legalstat.quality.VerifyResults;
import kz.legalstat.report.ReportExports;
import kz.legalstat.report.Requester;
import kz.legalstat.schedule.Pipeline;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
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

    /** What the night did, said on the console; {@code brief}: of the files, only those with something refused. */
    static Map<String, Object> summarize(ConfigurableApplicationContext context, JobExecution execution,
                                         Console console, boolean brief) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("execution", execution.getId());
        summary.put("status", execution.getStatus().toString());
        CollectResult collected = context.getBean(RunIntake.class).collected(execution);
        CollectCommand.print(collected, console, brief);
        summary.put("collect", collected);
        context.getBean(VerifyResults.class).of(execution).ifPresent(verified -> {
            VerifyCommand.print(verified, console);
            CalendarCommand.warnOfMissingYear(context, console);
            summary.put("verify", verified);
        });
        var reports = context.getBean(ReportExports.class).writtenFor(Requester.nightly(execution.getId()))
                .stream().map(r -> Map.of("file", r.filePath(), "rows", r.rows())).toList();
        reports.forEach(r -> console.say(r.get("file") + " " + r.get("rows")));
        summary.put("reports", reports);
        return summary;
    }
}

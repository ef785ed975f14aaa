package kz.legalstat.cli;

import java.time.format.DateTimeFormatter;

import kz.legalstat.schedule.Runs;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "runs")
class RunsCommand extends JsonCommand {

    /** A run's start, already on Almaty's clock (Runs puts it there), to the second. */
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--limit", defaultValue = "20")
    int limit;

    @Override
    public void validate(Console console) {
        if (limit < 1 || limit > 10_000) {
            throw new UsageException(console.text("cli.runs.limit", limit));
        }
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) {
        var runs = context.getBean(Runs.class).latest(limit);
        console.say(console.text("cli.runs.header"));
        for (Runs.Run run : runs) {
            console.say(String.format("%6d  %-22s %-9s %-19.19s %6s  %6d %9d %7d  %6d %7d  %3d  %s%s", run.id(),
                    run.job(), run.status(), run.started() == null ? "" : SECOND.format(run.started()),
                    run.seconds() == null ? "" : run.seconds() + " s",
                    run.files(), run.rowsLoaded(), run.rowsRejected(), run.errors(), run.warnings(), run.reports(),
                    run.parameters() == null ? "" : run.parameters(),
                    run.failure() == null ? "" : "  ! " + run.failure().in(console.lang)));
        }
        console.result(runs);
        return 0;
    }
}

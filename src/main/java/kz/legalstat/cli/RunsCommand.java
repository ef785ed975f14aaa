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

    /** A run's line, and the header's column names in the same widths. */
    private static final String LINE = "%6d  %-20.20s %-15.15s %-19.19s %6s  %6d %9d %8d  %6d %7d  %3d  %s%s";
    private static final String HEADER = "%6s  %-20s %-15s %-19s %6s  %6s %9s %8s  %6s %7s  %3s  %s";

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
        console.say(String.format(HEADER, (Object[]) console.text("cli.runs.header").split("\\|")));
        for (Runs.Run run : runs) {
            // the job and its status in the operator's words; --json keeps their names, for scripts
            console.say(String.format(LINE, run.id(), console.text("web.job." + run.job()),
                    console.text("web.status." + run.status()),
                    run.started() == null ? "" : SECOND.format(run.started()),
                    run.seconds() == null ? "" : run.seconds() + " s",
                    run.files(), run.rowsLoaded(), run.rowsRejected(), run.errors(), run.warnings(), run.reports(),
                    run.parameters() == null ? "" : run.parameters(),
                    run.failure() == null ? "" : "  ! " + run.failure().in(console.lang)));
        }
        console.result(runs);
        return 0;
    }
}

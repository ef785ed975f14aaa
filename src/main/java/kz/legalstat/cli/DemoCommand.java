package kz.legalstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.legalstat.demo.DemoSubmissions;
import kz.legalstat.demo.PlantedFault;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.schedule.Pipeline;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo")
class DemoCommand extends JsonCommand {

    @Option(names = "--period")
    String period;

    @Option(names = "--acts", defaultValue = "20000")
    int acts;

    @Option(names = "--out", defaultValue = "demo-out")
    Path out;


    private YearMonth month;

    @Override
    public void validate(Console console) {
        month = period == null ? OfficeTime.lastMonth() : Options.period(period, console);
        if (acts < 100 || acts > 5_000_000) {
            throw new UsageException(console.text("cli.demo.acts", acts));
        }
    }

    /**
     * The demo's own web account, so that `serve` can be tried at once: a fresh random password each time,
     * printed here and nowhere stored but as a hash. A real installation creates its accounts with `user add`.
     */
    private static String demoUser(ConfigurableApplicationContext context, Console console) {
        byte[] random = new byte[12];
        new java.security.SecureRandom().nextBytes(random);
        String password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        context.getBean(kz.legalstat.account.Accounts.class).save("demo", password, kz.legalstat.account.Role.ADMIN, null);
        console.say(console.text("cli.demo.user", "demo", password));
        return "demo";
    }

    @Override
    public boolean resumes() {
        return true;
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) throws Exception {
        Path inbox = out.resolve("inbox");
        Path reports = out.resolve("reports");
        if (Files.exists(inbox)) {
            console.say(console.text("cli.demo.reusing", inbox.toAbsolutePath()));
        }
        List<PlantedFault> faults = context.getBean(DemoSubmissions.class).write(inbox, month, acts, month.hashCode());
        console.say(console.text("cli.demo.written", month, inbox.toAbsolutePath()));
        faults.forEach(f -> console.say("  " + f.rule() + "  " + (f.missingKind() != null
                ? console.text("cli.demo.not-sent", f.missingKind(), f.unitCode(), month)
                : (f.file() == null ? f.unitCode() : f.file()) + (f.row() == null ? "" : ":" + f.row()))));
        JobExecution execution = context.getBean(Pipeline.class).nightly(inbox, month, reports);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("period", month.toString());
        summary.put("inbox", inbox.toAbsolutePath().toString());
        summary.put("plantedFaults", faults);
        // thousands of files: the console names only those with something refused (JSON keeps them all)
        summary.putAll(NightlyCommand.summarize(context, execution, console, true));
        summary.put("webUser", demoUser(context, console));
        closingSummary(reports, faults.size(), console);
        console.result(summary);
        return JobOutcome.exitStatus(execution, console);
    }

    /** Where to look first, after the run's thousands of lines: the reports, the faults planted and the portal. */
    private void closingSummary(Path reports, int faults, Console console) {
        console.say("");
        console.say(console.text("cli.demo.summary", reports.toAbsolutePath(),
                "supervision-acts_" + month + "_" + console.lang.name() + ".xlsx",
                "data-quality_" + month + "_" + console.lang.name() + ".xlsx", faults,
                reports.toAbsolutePath().resolveSibling("work-lists")));
    }

    /** The demo collects thousands of files: one log line each would bury the summary (the console lists them). */
    @Override
    public List<String> springArguments() {
        return List.of("--logging.level.kz.legalstat.ingest.internal.SubmissionLoader=WARN");
    }
}

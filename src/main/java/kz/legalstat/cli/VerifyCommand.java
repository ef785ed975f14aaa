package kz.legalstat.cli;

import java.time.YearMonth;

import kz.legalstat.quality.VerifyResult;
import kz.legalstat.quality.VerifyResults;
import kz.legalstat.reference.Severity;
import kz.legalstat.schedule.Pipeline;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify")
class VerifyCommand extends JsonCommand {

    @Option(names = "--period", required = true)
    String period;


    private YearMonth month;

    @Override
    public void validate(Console console) {
        month = Options.period(period, console);
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) {
        var execution = context.getBean(Pipeline.class).verify(month);
        int status = JobOutcome.exitStatus(execution, console);
        if (status == 0) {
            VerifyResult result = context.getBean(VerifyResults.class).of(execution).orElseThrow();
            print(result, console);
            CalendarCommand.warnOfMissingYear(context, console);
            console.result(result);
        }
        return status;
    }

    static void print(VerifyResult result, Console console) {
        for (var rule : result.rules()) {
            if (rule.findings() > 0) {
                console.say(String.format("%-36s %-8s %8d  %s", rule.rule(), rule.severity(), rule.findings(),
                        console.lang == kz.legalstat.i18n.Lang.kk ? rule.nameKk() : rule.nameRu()));
            }
        }
        console.say(console.text("cli.verify.summary", result.runId(), result.period(), result.count(Severity.ERROR),
                result.count(Severity.WARNING), result.count(Severity.INFO)));
        if (!result.blockedUnits().isEmpty()) {
            console.say(console.text("cli.verify.blocked", result.blockedUnits().stream()
                    .map(b -> b.unit() + " (" + b.errors() + ")").collect(java.util.stream.Collectors.joining(", "))));
        }
    }
}

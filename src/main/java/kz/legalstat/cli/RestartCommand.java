package kz.legalstat.cli;

import kz.legalstat.schedule.Pipeline;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "restart")
class RestartCommand extends JsonCommand {

    @Option(names = "--run", required = true)
    long run;

    @Override
    public int run(ConfigurableApplicationContext context, Console console) {
        var execution = context.getBean(Pipeline.class).restart(run);
        console.say(console.text("cli.restart.done", run, execution.getId(), execution.getStatus()));
        console.result(java.util.Map.of("restarted", run, "execution", execution.getId(),
                "status", execution.getStatus().toString()));
        return JobOutcome.exitStatus(execution, console);
    }
}

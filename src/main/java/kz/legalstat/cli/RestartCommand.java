package kz.legalstat.cli;

import kz.legalstat.schedule.Pipeline;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "restart", description = "Run a failed or crashed run again from the step that did not finish.")
class RestartCommand extends JsonCommand {

    @Option(names = "--run", required = true, description = "the run's number, as `runs` lists it")
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

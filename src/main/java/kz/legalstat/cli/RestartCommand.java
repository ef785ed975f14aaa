package kz.legalstat.cli;

import kz.legalstat.schedule.Pipeline;
import kz.legalstat.schedule.RunRefusedException;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "restart")
class RestartCommand extends JsonCommand {

    @Option(names = "--run", required = true)
    long run;

    @Override
    public boolean resumes() {
        return true;
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) {
        JobExecution execution;
        try {
            execution = context.getBean(Pipeline.class).restart(run);
        } catch (RunRefusedException e) {
            // no run of that number, one that finished, or one another server is on: --run names no run to resume
            throw new UsageException("--run: " + console.text(e.key(), e.args()));
        }
        console.say(console.text("cli.restart.done", run, execution.getId(), execution.getStatus()));
        console.result(java.util.Map.of("restarted", run, "execution", execution.getId(),
                "status", execution.getStatus().toString()));
        return JobOutcome.exitStatus(execution, console);
    }
}

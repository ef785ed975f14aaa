package kz.legalstat.cli;

import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.legalstat.i18n.TextException;
import kz.legalstat.schedule.LostDatabase;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** Turns a finished job execution into the exit status, telling the operator how to resume a failure. */
final class JobOutcome {

    private JobOutcome() {
    }

    static int exitStatus(JobExecution execution, Console console) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return 0;
        }
        Optional<SQLException> lost = LostDatabase.of(execution);
        if (lost.isPresent()) {
            console.err.println(console.text("cli.failed.database", execution.getJobInstance().getJobName(),
                    execution.getId(), lost.get().getSQLState() + ": " + lost.get().getMessage()));
            return 1;
        }
        String causes = execution.getAllFailureExceptions().stream()
                .map(e -> e instanceof TextException told ? console.text(told.key(), told.args())
                        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                .distinct().collect(Collectors.joining("; "));
        console.err.println(console.text("cli.failed", execution.getJobInstance().getJobName(), execution.getId(),
                causes.isEmpty() ? execution.getStatus().toString() : causes));
        console.err.println(console.text("cli.resume"));
        return 1;
    }
}

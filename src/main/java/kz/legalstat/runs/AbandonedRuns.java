package kz.legalstat.runs;

import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs a killed process left {@code STARTED} are recorded as failed when any LegalStat starts (Spring Batch's
 * {@code recover}), so that they show as failed and can be restarted; a run another server is still working on
 * is left alone. Every job marks its runs as alive ({@link RunLiveness}) to make that distinction. The runs are found
 * through the job repository, whose times are the server's local time.
 */
@Component
public class AbandonedRuns {

    private static final Logger log = LoggerFactory.getLogger(AbandonedRuns.class);

    private final JobRepository repository;
    private final JobOperator operator;
    private final RunLiveness liveness;

    AbandonedRuns(JobRepository repository, JobOperator operator, RunLiveness liveness) {
        this.repository = repository;
        this.operator = operator;
        this.liveness = liveness;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAtStartUp() {
        recover();
    }

    /** Records as failed every run left running by a process that is gone; returns their ids. */
    public List<Long> recover() {
        // a run is given a minute to take its mark, so that one starting right now is not taken for dead
        LocalDateTime settled = LocalDateTime.now().minusMinutes(1);
        return repository.getJobNames().stream()
                .flatMap(job -> repository.findRunningJobExecutions(job).stream())
                .filter(e -> e.getStatus().isRunning())
                .filter(e -> (e.getStartTime() != null ? e.getStartTime() : e.getCreateTime()).isBefore(settled))
                .map(JobExecution::getId).sorted()
                .filter(id -> !liveness.isAlive(id)).filter(this::recover).toList();
    }

    private boolean recover(long executionId) {
        JobExecution execution = repository.getJobExecution(executionId);
        String left = execution.getStatus().toString();
        try {
            operator.recover(execution);
            log.warn("Run {} ({}) was left {} by a process that stopped; recorded as failed: `restart --run {}` "
                    + "resumes it", executionId, execution.getJobInstance().getJobName(), left, executionId);
            return true;
        } catch (RuntimeException e) {
            log.warn("Run {} left running could not be recorded as failed: {}", executionId, e.getMessage());
            return false;
        }
    }
}

package kz.legalstat.runs;

import kz.legalstat.reference.ReferenceData;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * What every LegalStat job and step listens with, attached where each is built: the run marked alive while it runs
 * and named in its log lines ({@link RunLiveness}), its failure kept in words ({@link RunFailureText}), and a units'
 * list loaded since the last job, here or on another server, taken before the job starts.
 */
@Component
public class RunListeners implements JobExecutionListener {

    private final RunLiveness liveness;
    private final RunFailureText failureText;
    private final ReferenceData reference;

    RunListeners(RunLiveness liveness, RunFailureText failureText, ReferenceData reference) {
        this.liveness = liveness;
        this.failureText = failureText;
        this.reference = reference;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        liveness.beforeJob(execution);
        reference.refreshIfChanged();
    }

    @Override
    public void afterJob(JobExecution execution) {
        failureText.afterJob(execution);
        liveness.afterJob(execution);
    }

    /** For every step: a step may run on a thread of its own (a region's partition), and its log lines name the run. */
    public StepExecutionListener steps() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution step) {
                liveness.beforeStep(step);
            }
        };
    }
}

package kz.legalstat.schedule;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;

import kz.legalstat.runs.RunLiveness;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Starts the batch jobs with their parameters: {@code collectSubmissionsJob}, {@code verifySubmissionsJob}
 * and {@code nightlyJob}, which chains collection, verification and the reports.
 */
@Service
public class Pipeline {

    private final JobOperator operator;
    private final JobRepository repository;
    private final InboxLock inboxLock;
    private final RunLiveness liveness;
    private final Job collect;
    private final Job verify;
    private final Job nightly;

    Pipeline(JobOperator operator, JobRepository repository, InboxLock inboxLock, RunLiveness liveness,
             @Qualifier("collectSubmissionsJob") Job collect, @Qualifier("verifySubmissionsJob") Job verify,
             @Qualifier("nightlyJob") Job nightly) {
        this.operator = operator;
        this.repository = repository;
        this.inboxLock = inboxLock;
        this.liveness = liveness;
        this.collect = collect;
        this.verify = verify;
        this.nightly = nightly;
    }

    /** Collects the inbox; throws {@link InboxBusyException} when another collection of it is running. */
    public JobExecution collect(Path inbox, Optional<YearMonth> period) {
        JobParametersBuilder params = new JobParametersBuilder().addString("inbox", normalized(inbox));
        period.ifPresent(p -> params.addString("onlyPeriod", p.toString()));
        return inboxLock.whileHeld(normalized(inbox), () -> start(collect, onDemand(params)));
    }

    /**
     * Collects a unit's acts of a month from its database: the query's rows, read in chunks, are validated
     * and loaded as a file's would be, as a new version of the unit's register for the month.
     */
    public JobExecution collectFromDatabase(String url, String query, String unitCode, YearMonth period) {
        JobParametersBuilder params = new JobParametersBuilder()
                .addString("sourceUrl", url).addString("sourceQuery", query)
                .addString("sourceUnit", unitCode).addString("onlyPeriod", period.toString());
        return inboxLock.whileHeld(url + " " + unitCode, () -> start(collect, onDemand(params)));
    }

    public JobExecution verify(YearMonth period) {
        return start(verify, onDemand(new JobParametersBuilder().addString("period", period.toString())));
    }

    /** A nightly run asked for by a person: a new run every time. */
    public JobExecution nightly(Path inbox, YearMonth period, Path out) {
        return inboxLock.whileHeld(normalized(inbox), () -> start(nightly, onDemand(nightlyParameters(inbox, period, out))));
    }

    /**
     * A scheduled run, identified by its schedule and its night: each night's run happens once, even when a
     * second server or a misfire recovery fires it again, while the next night takes the month's corrections.
     */
    public JobExecution scheduledNightly(String schedule, Path inbox, YearMonth period, Path out, LocalDate night) {
        JobParameters parameters = nightlyParameters(inbox, period, out).addString("night", night.toString())
                .addString("schedule", schedule).toJobParameters();
        return inboxLock.whileHeld(normalized(inbox), () -> {
            // holding the inbox, no live process runs this night: one still marked running was left by a server
            // that died (Quartz hands its trigger to another server), so it is recovered and resumed here
            JobExecution last = repository.getLastJobExecution(nightly.getName(), parameters);
            if (last != null && last.getStatus().isRunning() && !liveness.isAlive(last.getId())) {
                recoverOrFail(last);
            }
            return start(nightly, parameters);
        });
    }

    /**
     * Runs a failed (or crashed) execution again from the step that did not finish: what was committed
     * stays, files already loaded are not loaded again. A run left STARTED by a killed process is first
     * recorded as failed; a collection still running elsewhere holds its inbox and is refused.
     */
    public JobExecution restart(long executionId) {
        JobExecution execution = existing(executionId);
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new RunRefusedException("run.finished", executionId, execution.getStatus());
        }
        String inbox = execution.getJobParameters().getString("inbox");
        Supplier<JobExecution> again = () -> {
            if (execution.getStatus().isRunning() && liveness.isAlive(executionId)) {
                throw new RunRefusedException("run.still-running", executionId);
            }
            try {
                JobExecution stopped = execution.getStatus().isRunning() ? recoverOrFail(execution)
                        : execution.getStatus() == BatchStatus.UNKNOWN ? failedAfterAll(execution) : execution;
                return operator.restart(stopped);
            } catch (Exception e) {
                throw new IllegalStateException("Run " + executionId + " cannot be restarted: " + e.getMessage(), e);
            }
        };
        return inbox == null ? again.get() : inboxLock.whileHeld(inbox, again);
    }

    private JobExecution existing(long executionId) {
        try {
            JobExecution execution = repository.getJobExecution(executionId);
            if (execution != null) {
                return execution;
            }
        } catch (EmptyResultDataAccessException e) {
            // Spring Batch 6's JDBC repository throws for an id it does not hold, where its contract says null
        }
        throw new RunRefusedException("run.unknown", executionId);
    }

    /**
     * A run whose record could not be saved when it failed (the database went away) is UNKNOWN to Spring Batch,
     * which will not restart it. Every step of ours keeps its progress in the data (a file is loaded or waits,
     * a verification counts only when complete), so resuming is safe: the run is recorded as failed first.
     */
    private JobExecution failedAfterAll(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED);
        repository.update(execution);
        return execution;
    }

    private JobExecution recoverOrFail(JobExecution execution) {
        try {
            return operator.recover(execution);
        } catch (Exception e) {
            throw new IllegalStateException("Run " + execution.getId() + " cannot be recovered: " + e.getMessage(), e);
        }
    }

    /** The run collecting {@code inbox} now (a collection or a nightly run), if one is. */
    public Optional<Long> collecting(Path inbox) {
        String taken = normalized(inbox);
        return repository.getJobNames().stream()
                .flatMap(job -> repository.findRunningJobExecutions(job).stream())
                .filter(e -> e.getStatus() == BatchStatus.STARTED)
                .filter(e -> taken.equals(e.getJobParameters().getString("inbox")))
                .map(JobExecution::getId).max(Long::compare);
    }

    private static String normalized(Path inbox) {
        return inbox.toAbsolutePath().normalize().toString();
    }

    private static JobParametersBuilder nightlyParameters(Path inbox, YearMonth period, Path out) {
        return new JobParametersBuilder()
                .addString("inbox", normalized(inbox))
                .addString("period", period.toString())
                .addString("out", out.toAbsolutePath().normalize().toString());
    }

    private static JobParameters onDemand(JobParametersBuilder params) {
        return params.addString("requestedAt", Instant.now().toString()).toJobParameters();
    }

    private JobExecution start(Job job, JobParameters parameters) {
        try {
            return operator.start(job, parameters);
        } catch (Exception e) {
            throw new IllegalStateException(job.getName() + " could not start: " + e.getMessage(), e);
        }
    }
}

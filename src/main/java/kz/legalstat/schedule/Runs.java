package kz.legalstat.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.legalstat.i18n.Bilingual;
import kz.legalstat.ingest.RunIntake;
import kz.legalstat.quality.Findings;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.report.ReportExports;
import kz.legalstat.report.Requester;
import kz.legalstat.runs.RunFailureText;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * What ran: every job execution with its status, duration, what it took, what it found and what it wrote. The runs
 * come from Spring Batch's job repository; what each took, found and wrote, from the features that did it.
 */
@Component
public class Runs {

    /** The parameters a run is told by, in the runs list. */
    private static final Set<String> SHOWN_PARAMETERS = Set.of("period", "onlyPeriod", "night", "inbox");

    private final JobRepository repository;
    private final RunIntake intake;
    private final Findings findings;
    private final ReportExports exports;
    /** The runs of the job instances that are done, by instance, the latest used kept ({@link #ofInstance}). */
    private final Map<Long, List<Executed>> done = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<Executed>> eldest) {
            return size() > 2_000;
        }
    };

    Runs(JobRepository repository, RunIntake intake, Findings findings, ReportExports exports) {
        this.repository = repository;
        this.intake = intake;
        this.findings = findings;
        this.exports = exports;
    }

    /**
     * One execution of a job, as an operator reads it: {@code period} the month it worked on and {@code inbox} the
     * folder it collected (each null when it names none), {@code parameters} all it was started with that tell it.
     */
    public record Run(long id, String job, BatchStatus status, OffsetDateTime started, Long seconds,
                      YearMonth period, String inbox, String parameters, long files, long rowsLoaded,
                      long rowsRejected, long errors, long warnings, long reports, Bilingual failure) {

        private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

        /** The month the run worked on as the office writes it (11.2026); null when it names none. */
        public String month() {
            return period == null ? null : period.format(MONTH);
        }

        /** Failed or stopped runs can be restarted; a run still STARTED may be working on another server. */
        public boolean restartable() {
            // UNKNOWN: the run failed when its record could not be saved (the database went away)
            return status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.UNKNOWN;
        }
    }

    /** The latest runs of every job, the last first. */
    public List<Run> latest(int limit) {
        // each job's latest instances hold its latest runs: a restart adds a run to an instance it already has
        return runs(repository.getJobNames().stream()
                .flatMap(job -> repository.getJobInstances(job, 0, limit).stream())
                .flatMap(instance -> ofInstance(instance).stream())
                .sorted(Comparator.comparing(Executed::id).reversed())
                .limit(limit).toList());
    }

    public Optional<Run> find(long id) {
        try {
            return Optional.ofNullable(repository.getJobExecution(id)).map(e -> runs(List.of(executed(e))).get(0));
        } catch (EmptyResultDataAccessException e) {
            // Spring Batch 6's JDBC repository throws for an id it does not hold, where its contract says null
            return Optional.empty();
        }
    }

    /** What the job repository tells of a run; what the run took, found and wrote comes from the features. */
    private record Executed(long id, String job, BatchStatus status, OffsetDateTime started, Long seconds,
                            YearMonth period, String inbox, String parameters, Bilingual failure) {
    }

    /**
     * The runs of a job instance. Spring Batch reads every step and its context with them (some 30 queries a run), so
     * those of an instance that is done (a run of it completed, or it was abandoned) are kept: it takes no new run and
     * none of its runs changes any more. A page of 50 nightly runs then reads only the unfinished ones.
     */
    private List<Executed> ofInstance(JobInstance instance) {
        synchronized (done) {
            List<Executed> known = done.get(instance.getInstanceId());
            if (known != null) {
                return known;
            }
        }
        List<JobExecution> executions = repository.getJobExecutions(instance);
        List<Executed> runs = executions.stream().map(Runs::executed).toList();
        boolean finished = executions.stream().noneMatch(e -> e.getStatus().isRunning() || e.getEndTime() == null)
                && executions.stream().anyMatch(e -> e.getStatus() == BatchStatus.COMPLETED
                        || e.getStatus() == BatchStatus.ABANDONED);
        if (finished) {
            synchronized (done) {
                done.put(instance.getInstanceId(), runs);
            }
        }
        return runs;
    }

    private static Executed executed(JobExecution e) {
        return new Executed(e.getId(), e.getJobInstance().getJobName(), e.getStatus(),
                OfficeTime.fromServerTime(e.getStartTime()), seconds(e), period(e.getJobParameters()),
                e.getJobParameters().getString("inbox"), parameters(e), failure(e));
    }

    private List<Run> runs(List<Executed> executions) {
        List<Long> ids = executions.stream().map(Executed::id).toList();
        Map<Long, RunIntake.Taken> taken = intake.of(ids);
        Map<Long, Findings.RunCounts> found = findings.byRun(ids);
        Map<String, Long> written = exports.countsFor(ids.stream().map(Requester::nightly).toList());
        return executions.stream().map(e -> {
            RunIntake.Taken took = taken.getOrDefault(e.id(), RunIntake.Taken.NOTHING);
            Findings.RunCounts counts = found.getOrDefault(e.id(), Findings.RunCounts.NONE);
            return new Run(e.id(), e.job(), e.status(), e.started(), e.seconds(), e.period(), e.inbox(),
                    e.parameters(), took.files(),
                    took.rowsLoaded(), took.rowsRejected(), counts.errors(), counts.warnings(),
                    written.getOrDefault(Requester.nightly(e.id()), 0L), e.failure());
        }).toList();
    }

    private static Long seconds(JobExecution execution) {
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime();
        return start == null || end == null ? null : Duration.between(start, end).toSeconds();
    }

    /** A nightly run and a verification are told the month; a collection, the one month it keeps to, if any. */
    private static YearMonth period(JobParameters parameters) {
        String period = parameters.getString("period", parameters.getString("onlyPeriod"));
        return period == null ? null : YearMonth.parse(period);
    }

    private static String parameters(JobExecution execution) {
        String shown = execution.getJobParameters().parameters().stream()
                .filter(p -> SHOWN_PARAMETERS.contains(p.name()))
                .sorted(Comparator.comparing(JobParameter::name))
                .map(p -> p.name() + "=" + p.value())
                .collect(Collectors.joining(" "));
        return shown.isEmpty() ? null : shown;
    }

    /** The failed step's message is the more precise, unless the run's holds our words for it. */
    private static Bilingual failure(JobExecution execution) {
        String ofRun = execution.getExitStatus().getExitDescription();
        String ofStep = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED)
                .max(Comparator.comparing(StepExecution::getId))
                .map(s -> s.getExitStatus().getExitDescription()).orElse(null);
        String failure = ofStep == null || RunFailureText.holdsText(ofRun) ? ofRun : ofStep;
        return failure == null || failure.isBlank() ? null : RunFailureText.decode(failure);
    }
}

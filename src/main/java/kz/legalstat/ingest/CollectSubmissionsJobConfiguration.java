package kz.legalstat.ingest;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.legalstat.ingest.internal.InboxScanner;
import kz.legalstat.ingest.internal.SourceDatabaseRegistrar;
import kz.legalstat.ingest.internal.SubmissionLoader;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;
import kz.legalstat.runs.RunListeners;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code collectSubmissionsJob}: register the new files of the inbox (only one month's with the parameter
 * {@code onlyPeriod}) or a unit's source-database query ({@code sourceUrl}, {@code sourceQuery},
 * {@code sourceUnit}), load them one per transaction (each file's acts and records current as it commits), the
 * regions in parallel, then bring the current state up to date. A rerun after a crash resumes with the files still
 * waiting.
 */
@Configuration
class CollectSubmissionsJobConfiguration {

    /** Every job and step of this configuration listens with these: liveness, failures in words, the units' list. */
    private final RunListeners runs;

    CollectSubmissionsJobConfiguration(RunListeners runs) {
        this.runs = runs;
    }

    static final String JOB_NAME = "collectSubmissionsJob";

    // --- scan: register every new or corrected file below the inbox

    @Bean
    @StepScope
    Tasklet collectSubmissionsScanTasklet(InboxScanner scanner, SourceDatabaseRegistrar sourceDatabase,
                                          @Value("#{jobParameters['inbox']}") String inbox,
                                          @Value("#{jobParameters['onlyPeriod']}") String period,
                                          @Value("#{jobParameters['sourceUrl']}") String sourceUrl,
                                          @Value("#{jobParameters['sourceQuery']}") String sourceQuery,
                                          @Value("#{jobParameters['sourceUnit']}") String sourceUnit) {
        return (contribution, chunk) -> {
            long executionId = contribution.getStepExecution().getJobExecutionId();
            InboxScanner.Skipped skipped = new InboxScanner.Skipped(0, 0);
            if (sourceUrl != null) {
                sourceDatabase.register(sourceUrl, sourceQuery, sourceUnit, YearMonth.parse(period), executionId);
            } else {
                skipped = scanner.scan(Path.of(inbox), Optional.ofNullable(period).map(YearMonth::parse), executionId);
            }
            ExecutionContext counts = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
            counts.putInt(CollectResult.UNCHANGED_KEY, skipped.unchanged());
            counts.putInt(CollectResult.OTHER_MONTHS_KEY, skipped.otherMonths());
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step collectSubmissionsScanStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    Tasklet collectSubmissionsScanTasklet) {
        return rerunEveryTime("collectSubmissionsScanStep", collectSubmissionsScanTasklet, jobRepository,
                transactionManager);
    }

    // --- load: one file per transaction (each CONTINUABLE turn of the tasklet is one commit), the regions in
    // parallel: a partition per region, `legalstat.ingest.threads` of them at a time on this machine. The set of
    // partitions is always the same (every region, and "" for files of no known unit), so that a restart finds
    // each of them again and takes what it left.

    @Bean
    @StepScope
    Tasklet collectSubmissionsLoadRegion(SubmissionLoader loader,
                                         @Value("#{stepExecutionContext['region']}") String region) {
        return (contribution, chunk) -> {
            if (!loader.loadNext(region)) {
                return RepeatStatus.FINISHED;
            }
            contribution.incrementReadCount();
            return RepeatStatus.CONTINUABLE;
        };
    }

    @Bean
    Step collectSubmissionsLoadRegionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                          Tasklet collectSubmissionsLoadRegion) {
        return rerunEveryTime("collectSubmissionsLoadRegionStep", collectSubmissionsLoadRegion, jobRepository,
                transactionManager);
    }

    @Bean
    Step collectSubmissionsLoadStep(JobRepository jobRepository, Step collectSubmissionsLoadRegionStep,
                                    ReferenceData reference, @Value("${legalstat.ingest.threads}") int threads) {
        Partitioner byRegion = gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            List<String> regions = new ArrayList<>(reference.regions().stream().map(Unit::code).toList());
            regions.add("");
            for (String region : regions) {
                ExecutionContext context = new ExecutionContext();
                context.putString("region", region);
                partitions.put(region.isEmpty() ? "none" : region, context);
            }
            return partitions;
        };
        SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("collect-");
        workers.setConcurrencyLimit(threads);
        return new StepBuilder("collectSubmissionsLoadStep", jobRepository)
                .partitioner("collectSubmissionsLoadRegionStep", byRegion)
                .step(collectSubmissionsLoadRegionStep)
                .taskExecutor(workers)
                .gridSize(threads)
                .allowStartIfComplete(true)
                .listener(runs.steps())
                .build();
    }

    // --- publish: each file's load has marked its versions and derived its deadlines; this takes in what came
    // otherwise (rows or calendar edits made by hand) and readies the history for planning; shared with
    // verifySubmissionsJob

    @Bean
    Step refreshCurrentStateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 CurrentState currentState) {
        Tasklet refresh = (contribution, chunk) -> {
            // what was done ("kept", "derived 12", "settled 1 submissions, 3 versions marked") stays with the step
            currentState.refresh().forEach(contribution.getStepExecution().getExecutionContext()::putString);
            return RepeatStatus.FINISHED;
        };
        return rerunEveryTime("refreshCurrentStateStep", refresh, jobRepository, transactionManager);
    }

    @Bean
    CollectionSteps collectionSteps(Step collectSubmissionsScanStep, Step collectSubmissionsLoadStep,
                                    Step refreshCurrentStateStep) {
        return new CollectionSteps(collectSubmissionsScanStep, collectSubmissionsLoadStep, refreshCurrentStateStep);
    }

    @Bean
    Job collectSubmissionsJob(JobRepository jobRepository, CollectionSteps collection) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(collection.scan())
                .next(collection.load())
                .next(collection.refresh())
                .listener(runs)
                .build();
    }

    /**
     * A tasklet step run again on every restart: the steps of this job keep their progress in the data (a file is
     * loaded or waits), so running one again takes only what is left.
     */
    private Step rerunEveryTime(String name, Tasklet tasklet, JobRepository jobRepository,
                                PlatformTransactionManager transactionManager) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, transactionManager)
                .allowStartIfComplete(true)
                .listener(runs.steps())
                .build();
    }
}

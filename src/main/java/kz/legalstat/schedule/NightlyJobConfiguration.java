package kz.legalstat.schedule;

import java.nio.file.Path;
import java.time.YearMonth;

import kz.legalstat.ingest.CollectionSteps;
import kz.legalstat.quality.BlockedUnitsDecider;
import kz.legalstat.quality.VerificationSteps;
import kz.legalstat.report.Reports;
import kz.legalstat.report.Requester;
import kz.legalstat.runs.RunListeners;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code nightlyJob}: the collection steps, the rule step of verification, the decision on units whose errors keep
 * their data out (when there are any, the work lists of their regions go to {@code work-lists} beside the reports
 * folder), then every report in both languages with those units marked. The steps are those of the collect and
 * verify jobs, taken by type ({@link CollectionSteps}, {@link VerificationSteps}), so the nightly run and the single
 * commands behave alike; a failed night restarts from the step that failed.
 */
@Configuration
class NightlyJobConfiguration {

    /** Every job and step of this configuration listens with these: liveness, failures in words, the units' list. */
    private final RunListeners runs;

    NightlyJobConfiguration(RunListeners runs) {
        this.runs = runs;
    }

    // --- reports: all four, in Kazakh and Russian, into the output folder

    @Bean
    @StepScope
    Tasklet nightlyReportsTasklet(Reports reports, @Value("#{jobParameters['period']}") String period,
                                  @Value("#{jobParameters['out']}") String out) {
        return (contribution, chunk) -> {
            reports.writeAll(YearMonth.parse(period), Path.of(out),
                    Requester.nightly(contribution.getStepExecution().getJobExecutionId()));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step nightlyReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            Tasklet nightlyReportsTasklet) {
        return taskletStep("nightlyReportsStep", nightlyReportsTasklet, jobRepository, transactionManager);
    }

    // --- work lists: when units are kept out, each of their regions' data-quality report, for the office to fix

    @Bean
    @StepScope
    Tasklet nightlyWorkListsTasklet(Reports reports, @Value("#{jobParameters['period']}") String period,
                                    @Value("#{jobParameters['out']}") String out) {
        return (contribution, chunk) -> {
            reports.writeWorkLists(YearMonth.parse(period), Path.of(out).resolveSibling("work-lists"),
                    Requester.nightly(contribution.getStepExecution().getJobExecutionId()));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step nightlyWorkListsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              Tasklet nightlyWorkListsTasklet) {
        return taskletStep("nightlyWorkListsStep", nightlyWorkListsTasklet, jobRepository, transactionManager);
    }

    // --- job: collect, verify, decide (units with errors are kept out: their work lists first), report

    @Bean
    Job nightlyJob(JobRepository jobRepository, CollectionSteps collection, VerificationSteps verification,
                   Step nightlyWorkListsStep, Step nightlyReportsStep) {
        return new JobBuilder("nightlyJob", jobRepository)
                .start(collection.scan())
                .next(collection.load())
                .next(collection.refresh())
                .next(verification.rules())
                .next(verification.decision())
                .on(BlockedUnitsDecider.UNITS_BLOCKED.getName()).to(nightlyWorkListsStep).next(nightlyReportsStep)
                .from(verification.decision()).on("*").to(nightlyReportsStep)
                .end()
                .listener(runs)
                .build();
    }

    private Step taskletStep(String name, Tasklet tasklet, JobRepository jobRepository,
                             PlatformTransactionManager transactionManager) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).listener(runs.steps()).build();
    }
}

package kz.legalstat.schedule;

import java.nio.file.Path;
import java.time.YearMonth;

import kz.legalstat.quality.BlockedUnitsDecider;
import kz.legalstat.report.Reports;

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
 * {@code nightlyJob}: the collection steps, the rule step of verification, the decision on units whose errors
 * keep their data out, then every report in both languages with those units marked. The steps are those of the collect and verify jobs, so the nightly run and the single commands
 * behave alike; a failed night restarts from the step that failed.
 */
@Configuration
class NightlyJobConfiguration {

    // --- reports: all four, in Kazakh and Russian, into the output folder

    @Bean
    @StepScope
    Tasklet nightlyReportsTasklet(Reports reports, @Value("#{jobParameters['period']}") String period,
                                  @Value("#{jobParameters['out']}") String out) {
        return (contribution, chunk) -> {
            reports.writeAll(YearMonth.parse(period), Path.of(out),
                    Runs.nightlyRequester(contribution.getStepExecution().getJobExecutionId()));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step nightlyReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            Tasklet nightlyReportsTasklet) {
        return new StepBuilder("nightlyReportsStep", jobRepository)
                .tasklet(nightlyReportsTasklet, transactionManager)
                .build();
    }

    // --- job: collect, verify, decide (units with errors are kept out and marked), report

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step collectSubmissionsScanStep, Step collectSubmissionsLoadStep,
                   Step refreshCurrentStateStep, Step verifySubmissionsRulesStep, BlockedUnitsDecider blockedUnits,
                   Step nightlyReportsStep) {
        return new JobBuilder("nightlyJob", jobRepository)
                .start(collectSubmissionsScanStep)
                .next(collectSubmissionsLoadStep)
                .next(refreshCurrentStateStep)
                .next(verifySubmissionsRulesStep)
                .next(blockedUnits)
                .on(BlockedUnitsDecider.UNITS_BLOCKED.getName()).to(nightlyReportsStep)
                .from(blockedUnits).on("*").to(nightlyReportsStep)
                .end()
                .build();
    }
}

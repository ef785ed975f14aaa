package kz.legalstat.quality;

import java.time.YearMonth;

import kz.legalstat.ingest.CollectionSteps;
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
 * {@code verifySubmissionsJob}: bring the current state up to date (so that edits of the calendar or the terms
 * made by hand count), then run the rule catalogue for the month.
 */
@Configuration
class VerifySubmissionsJobConfiguration {

    /** Every job and step of this configuration listens with these: liveness, failures in words, the units' list. */
    private final RunListeners runs;

    VerifySubmissionsJobConfiguration(RunListeners runs) {
        this.runs = runs;
    }

    // --- rules: every enabled rule as one INSERT ... SELECT

    @Bean
    @StepScope
    Tasklet verifySubmissionsRulesTasklet(QualityChecks checks, @Value("#{jobParameters['period']}") String period) {
        return (contribution, chunk) -> {
            var jobExecution = contribution.getStepExecution().getJobExecution();
            long runId = checks.run(YearMonth.parse(period), jobExecution.getId());
            jobExecution.getExecutionContext().putLong(VerifyResult.RUN_ID_KEY, runId);
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step verifySubmissionsRulesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    Tasklet verifySubmissionsRulesTasklet) {
        return new StepBuilder("verifySubmissionsRulesStep", jobRepository)
                .tasklet(verifySubmissionsRulesTasklet, transactionManager)
                .listener(runs.steps())
                .build();
    }

    @Bean
    VerificationSteps verificationSteps(Step verifySubmissionsRulesStep, BlockedUnitsDecider blockedUnits) {
        return new VerificationSteps(verifySubmissionsRulesStep, blockedUnits);
    }

    @Bean
    Job verifySubmissionsJob(JobRepository jobRepository, CollectionSteps collection, VerificationSteps verification) {
        return new JobBuilder("verifySubmissionsJob", jobRepository)
                .start(collection.refresh())
                .next(verification.rules())
                .listener(runs)
                .build();
    }
}

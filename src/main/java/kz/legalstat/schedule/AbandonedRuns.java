package kz.legalstat.schedule;

import java.util.List;

import kz.legalstat.reference.ReferenceData;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a killed process left {@code STARTED} are recorded as failed when any LegalStat starts (Spring Batch's
 * {@code recover}), so that they show as failed and can be restarted; a run another server is still working on
 * is left alone. Every job marks its runs as alive ({@link RunLiveness}) to make that distinction.
 */
@Configuration(proxyBeanMethods = false)
class AbandonedRuns {

    private static final Logger log = LoggerFactory.getLogger(AbandonedRuns.class);

    private final JdbcClient jdbc;
    private final JobRepository repository;
    private final JobOperator operator;
    private final RunLiveness liveness;

    AbandonedRuns(JdbcClient jdbc, JobRepository repository, JobOperator operator, RunLiveness liveness) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.operator = operator;
        this.liveness = liveness;
    }

    @Bean
    static BeanPostProcessor listenersOnEveryJob(ObjectProvider<RunLiveness> liveness,
                                                 ObjectProvider<RunFailureText> failureText,
                                                 ObjectProvider<ReferenceData> reference) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractJob job) {
                    job.registerJobExecutionListener(liveness.getObject());
                    job.registerJobExecutionListener(failureText.getObject());
                    // a units' list loaded since the last job, here or on another server, holds from this one
                    job.registerJobExecutionListener(new JobExecutionListener() {
                        @Override
                        public void beforeJob(JobExecution execution) {
                            reference.getObject().refreshIfChanged();
                        }
                    });
                }
                if (bean instanceof AbstractStep step) {
                    step.registerStepExecutionListener(liveness.getObject());
                }
                return bean;
            }
        };
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAtStartUp() {
        recover();
    }

    /** Records as failed every run left running by a process that is gone; returns their ids. */
    List<Long> recover() {
        // a run is given a minute to take its mark, so that one starting right now is not taken for dead
        List<Long> running = jdbc.sql("""
                        SELECT job_execution_id FROM batch_job_execution
                        WHERE status IN ('STARTING', 'STARTED', 'STOPPING')
                          AND coalesce(start_time, create_time) < localtimestamp - interval '1 minute'
                        ORDER BY job_execution_id""")
                .query(Long.class).list();
        return running.stream().filter(id -> !liveness.isAlive(id)).filter(this::recover).toList();
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

package kz.legalstat.schedule;

import java.time.LocalDate;
import java.time.YearMonth;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * What the nightly trigger runs: the nightly job for the month {@code monthsBack} before today in the
 * schedule's zone. A month already completed is not run again (the job instance is complete).
 */
@DisallowConcurrentExecution
class NightlyQuartzJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(NightlyQuartzJob.class);

    private final Pipeline pipeline;
    private final NightlyScheduleProperties properties;

    NightlyQuartzJob(Pipeline pipeline, NightlyScheduleProperties properties) {
        this.pipeline = pipeline;
        this.properties = properties;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        YearMonth period = YearMonth.from(LocalDate.now(properties.timeZone())).minusMonths(properties.monthsBack());
        log.info("Scheduled nightly run for {} (fire time {})", period, context.getScheduledFireTime());
        try {
            var execution = pipeline.scheduledNightly(properties.inbox(), period, properties.out());
            log.info("Nightly run {} for {} ended {}", execution.getId(), period, execution.getStatus());
        } catch (IllegalStateException e) {
            log.warn("Nightly run for {} not started: {}", period, e.getMessage());
        }
    }
}

package kz.legalstat.schedule;

import java.time.LocalDate;
import java.time.YearMonth;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * What the nightly trigger runs: the nightly job for the month {@code monthsBack} before the night it fires
 * for, in the schedule's zone. The same night fired again (another server, misfire recovery) does not run twice.
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
        LocalDate night = LocalDate.ofInstant(context.getScheduledFireTime().toInstant(), properties.timeZone());
        YearMonth period = YearMonth.from(night).minusMonths(properties.monthsBack());
        log.info("Scheduled nightly run for {}, night of {}", period, night);
        try {
            var execution = pipeline.scheduledNightly(properties.inbox(), period, properties.out(), night);
            log.info("Nightly run {} for {} ended {}", execution.getId(), period, execution.getStatus());
        } catch (IllegalStateException | InboxBusyException e) {
            log.warn("Nightly run for {} not started: {}", period, e.getMessage());
        }
    }
}

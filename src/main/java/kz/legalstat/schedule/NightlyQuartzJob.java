package kz.legalstat.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
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
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        Instant fired = scheduledFireTime(context);
        LocalDate night = LocalDate.ofInstant(fired, properties.timeZone());
        YearMonth period = YearMonth.from(night).minusMonths(properties.monthsBack());
        log.info("Scheduled nightly run for {}, night of {}: fire of {} on {}{}", period, night, fired,
                instance(context), context.isRecovering() ? ", recovering the fire of a server that stopped" : "");
        try {
            var execution = pipeline.scheduledNightly(properties.inbox(), period, properties.out(), night);
            log.info("Nightly run {} for {} ended {}", execution.getId(), period, execution.getStatus());
        } catch (IllegalStateException | InboxBusyException e) {
            log.warn("Nightly run for {} not started: {}", period, e.getMessage());
        }
    }

    /** The fire this is, also when it is a recovery of a fire whose server died: then the original one. */
    private static Instant scheduledFireTime(JobExecutionContext context) {
        if (context.isRecovering()) {
            String original = context.getMergedJobDataMap()
                    .getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
            if (original != null) {
                return Instant.ofEpochMilli(Long.parseLong(original));
            }
        }
        return context.getScheduledFireTime().toInstant();
    }

    private static String instance(JobExecutionContext context) throws JobExecutionException {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}

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
 * What a schedule's trigger runs: the nightly job (collect, verify, report) for the month {@code monthsBack} before
 * the night it fires for, in the schedule's zone. The same night fired again (another server, misfire recovery)
 * does not run twice.
 */
@DisallowConcurrentExecution
class NightlyQuartzJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(NightlyQuartzJob.class);

    /** The job data key naming the schedule (the file of jobs/) a fire belongs to. */
    static final String SCHEDULE = "schedule";

    private final Pipeline pipeline;
    private final Schedules schedules;

    NightlyQuartzJob(Pipeline pipeline, Schedules schedules) {
        this.pipeline = pipeline;
        this.schedules = schedules;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        String name = context.getMergedJobDataMap().getString(SCHEDULE);
        Schedules.Run schedule = schedules.enabled().get(name);
        if (schedule == null) {
            log.warn("Schedule {} fired but is off or has no file in jobs/ on this server: nothing run", name);
            return;
        }
        Instant fired = scheduledFireTime(context);
        LocalDate night = LocalDate.ofInstant(fired, schedule.timeZone());
        YearMonth period = YearMonth.from(night).minusMonths(schedule.monthsBack());
        log.info("Scheduled run {} for {}, night of {}: fire of {} on {}{}", name, period, night, fired,
                instance(context), context.isRecovering() ? ", recovering the fire of a server that stopped" : "");
        try {
            var execution = pipeline.scheduledNightly(name, schedule.inbox(), period, schedule.out(), night);
            log.info("Scheduled run {} ({}) for {} ended {}", name, execution.getId(), period, execution.getStatus());
        } catch (IllegalStateException | InboxBusyException e) {
            log.warn("Scheduled run {} for {} not started: {}", name, period, e.getMessage());
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

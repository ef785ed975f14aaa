package kz.legalstat.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.listeners.TriggerListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Registers a Quartz job and cron trigger per enabled schedule of jobs/ (JDBC job store, clustered: with several
 * servers each fire runs on one of them), removes those of schedules switched off or gone, and reports every
 * missed fire loudly. A missed fire runs once when a server is back ({@code run-once}) or is skipped ({@code skip}).
 */
@Configuration(proxyBeanMethods = false)
class QuartzScheduleConfiguration {

    static final String GROUP = "legalstat";

    private static final Logger log = LoggerFactory.getLogger(QuartzScheduleConfiguration.class);

    private final Schedules schedules;

    QuartzScheduleConfiguration(Schedules schedules) {
        this.schedules = schedules;
    }

    @Bean
    SchedulerFactoryBeanCustomizer scheduledRuns() {
        return factory -> {
            List<JobDetail> jobs = new ArrayList<>();
            List<Trigger> triggers = new ArrayList<>();
            schedules.enabled().forEach((name, run) -> {
                JobDetail job = JobBuilder.newJob(NightlyQuartzJob.class)
                        .withIdentity(name, GROUP)
                        .withDescription("Collect, verify and report: schedule " + name)
                        .usingJobData(NightlyQuartzJob.SCHEDULE, name)
                        .storeDurably()
                        .requestRecovery()
                        .build();
                CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(run.cron())
                        .inTimeZone(TimeZone.getTimeZone(run.timeZone()));
                cron = run.misfire() == Schedules.Misfire.SKIP ? cron.withMisfireHandlingInstructionDoNothing()
                        : cron.withMisfireHandlingInstructionFireAndProceed();
                jobs.add(job);
                triggers.add(TriggerBuilder.newTrigger().forJob(job).withIdentity(name, GROUP).withSchedule(cron).build());
            });
            factory.setJobDetails(jobs.toArray(JobDetail[]::new));
            factory.setTriggers(triggers.toArray(Trigger[]::new));
            factory.setGlobalTriggerListeners(new MissedFires());
        };
    }

    /** A schedule switched off or whose file is gone must stop firing: its job and trigger leave the store. */
    @EventListener(ApplicationReadyEvent.class)
    void removeDropped(ApplicationReadyEvent ready) throws SchedulerException {
        Scheduler scheduler = ready.getApplicationContext().getBeanProvider(Scheduler.class).getIfAvailable();
        if (scheduler != null) {
            removeDropped(scheduler);
        }
    }

    void removeDropped(Scheduler scheduler) throws SchedulerException {
        Set<String> enabled = schedules.enabled().keySet();
        for (JobKey job : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!enabled.contains(job.getName())) {
                scheduler.deleteJob(job);
                log.info("Schedule {} is off or has no file in jobs/ any more: removed", job.getName());
            }
        }
        // only a scheduler that runs is missing its schedules; a command's (user, report) never fires anything
        if (enabled.isEmpty() && scheduler.isStarted()) {
            log.warn("No schedule is on: no file of jobs/ enables one, so nothing will run by itself");
        }
    }

    /** A fire missed while no server ran is never silent. */
    private static final class MissedFires extends TriggerListenerSupport {

        @Override
        public String getName() {
            return "legalstat-missed-fires";
        }

        @Override
        public void triggerMisfired(Trigger trigger) {
            // told before Quartz moves the trigger on: its next fire is still the one missed
            log.warn("Schedule {} missed its fire of {} (no server was running); it {}", trigger.getKey().getName(),
                    trigger.getNextFireTime(), trigger.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING
                            ? "is skipped, as its file says" : "runs once now");
        }
    }
}

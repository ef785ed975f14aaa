package kz.legalstat.schedule;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the nightly trigger with Quartz (JDBC job store, clustered: with several servers it fires on
 * one of them). A missed night fires once when the scheduler is back, not once per missed night.
 */
@Configuration
@ConditionalOnProperty(name = "legalstat.jobs.nightly.enabled", havingValue = "true")
class QuartzScheduleConfiguration {

    @Bean
    JobDetail nightlyJobDetail() {
        return JobBuilder.newJob(NightlyQuartzJob.class)
                .withIdentity("nightly", "legalstat")
                .withDescription("Collect, verify and report the previous month")
                .storeDurably()
                .requestRecovery()
                .build();
    }

    @Bean
    Trigger nightlyTrigger(JobDetail nightlyJobDetail, NightlyScheduleProperties properties) {
        return TriggerBuilder.newTrigger()
                .forJob(nightlyJobDetail)
                .withIdentity("nightly", "legalstat")
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.cron())
                        .inTimeZone(TimeZone.getTimeZone(properties.timeZone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}

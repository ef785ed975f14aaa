package kz.legalstat.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;


import kz.legalstat.PostgresTest;

import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The schedule as {@code serve} runs it: Quartz started on the JDBC job store, the trigger from the
 * nightly properties, the nightly job run for the previous month, once per night however often it fires.
 */
@DirtiesContext
class NightlyScheduleTest extends PostgresTest {

    static Path folder;

    @Autowired
    Scheduler scheduler;

    @DynamicPropertySource
    static void everySecond(DynamicPropertyRegistry registry) throws Exception {
        folder = Files.createTempDirectory("nightly");
        Files.createDirectories(folder.resolve("inbox"));
        registry.add("legalstat.serving", () -> "true");
        registry.add("legalstat.jobs.nightly.cron", () -> "* * * * * ?");
        registry.add("legalstat.jobs.nightly.inbox", () -> folder.resolve("inbox").toString());
        registry.add("legalstat.jobs.nightly.out", () -> folder.resolve("reports").toString());
    }

    @Test
    void theTriggerRunsTheNightlyJobOncePerNightOnTheClusteredJdbcStore() throws Exception {
        // the scheduler is the clustered JDBC one, and the trigger is in the Almaty zone
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().getJobStoreClass().getSimpleName()).isEqualTo("LocalDataSourceJobStore");
        var trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("nightly", "legalstat"));
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Almaty");

        // when it has run, and fired again every second for three seconds more
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> completedNightlyRuns() > 0);

        // then each night ran once however often it fired (two nights when Almaty's midnight fell within the
        // test), all the while, and the runs wrote the reports
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> nightlyRuns("") == nights());
        assertThat(nightlyRuns("")).isLessThanOrEqualTo(2);
        try (var reports = Files.list(folder.resolve("reports"))) {
            assertThat(reports.count()).isPositive().isEqualTo(8 * periods());
        }
    }

    @Autowired
    QuartzScheduleConfiguration schedules;

    @Test
    void everyFileOfJobsIsAScheduleAndOneSwitchedOffOrGoneStopsFiring() throws Exception {
        // jobs/monthly-closing.yml: its own trigger, cron, zone and misfire policy
        var closing = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("monthly-closing", "legalstat"));
        assertThat(closing.getCronExpression()).isEqualTo("0 0 4 10 * ?");
        assertThat(closing.getTimeZone().getID()).isEqualTo("Asia/Almaty");
        assertThat(closing.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        // a schedule of a file since removed (or switched off) is still in the shared store: it leaves it
        scheduler.addJob(JobBuilder.newJob(NightlyQuartzJob.class).withIdentity("retired", "legalstat")
                .storeDurably().build(), true);

        schedules.removeDropped(scheduler);

        assertThat(scheduler.checkExists(JobKey.jobKey("retired", "legalstat"))).isFalse();
        assertThat(scheduler.checkExists(JobKey.jobKey("monthly-closing", "legalstat"))).isTrue();
    }

    /** The nights this test's runs were for (the job parameter night, a date in the schedule's zone). */
    private long nights() {
        return distinctParameter("night");
    }

    /** The months this test's runs reported (a month's last night in Almaty reports another month after it). */
    private long periods() {
        return distinctParameter("period");
    }

    private long distinctParameter(String name) {
        return jdbc.sql("""
                SELECT count(DISTINCT v.parameter_value) FROM batch_job_execution e
                JOIN batch_job_instance i USING (job_instance_id)
                JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
                     AND p.parameter_name = 'inbox' AND p.parameter_value = ?
                JOIN batch_job_execution_params v ON v.job_execution_id = e.job_execution_id AND v.parameter_name = ?
                WHERE i.job_name = 'nightlyJob'""")
                .params(folder.resolve("inbox").toString(), name).query(Long.class).single();
    }

    private long completedNightlyRuns() {
        return nightlyRuns("AND e.status = 'COMPLETED'");
    }

    /** This test's runs: those on its own inbox. */
    private long nightlyRuns(String condition) {
        return jdbc.sql("""
                SELECT count(*) FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)
                JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
                     AND p.parameter_name = 'inbox' AND p.parameter_value = ?
                WHERE i.job_name = 'nightlyJob' """ + condition)
                .param(folder.resolve("inbox").toString()).query(Long.class).single();
    }
}

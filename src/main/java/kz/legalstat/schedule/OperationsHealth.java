package kz.legalstat.schedule;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * What an operator's monitoring asks of a server besides the database: is the scheduler running and when does the
 * nightly run fire next, and is there room on the disks of the inbox, the reports and the on-demand exports.
 */
@Configuration(proxyBeanMethods = false)
class OperationsHealth {

    @Bean
    HealthContributor scheduler(ObjectProvider<Scheduler> scheduler, NightlyScheduleProperties nightly,
                                @Value("${legalstat.serving:false}") boolean schedules) {
        return new SchedulerHealth(scheduler, nightly, schedules);
    }

    /** The space left where files arrive and are written; DOWN under the threshold. */
    @Bean
    HealthContributor folders(NightlyScheduleProperties nightly,
                              @Value("${legalstat.report.exports-dir}") Path exports,
                              @Value("${legalstat.operations.disk-free-threshold}") DataSize threshold) {
        Map<String, HealthContributor> folders = new LinkedHashMap<>();
        folders.put("inbox", new DiskSpaceHealthIndicator(existing(nightly.inbox()), threshold));
        folders.put("reports", new DiskSpaceHealthIndicator(existing(nightly.out()), threshold));
        folders.put("exports", new DiskSpaceHealthIndicator(existing(exports), threshold));
        return CompositeHealthContributor.fromMap(folders);
    }

    /** A folder not made yet is on the disk of its nearest existing parent. */
    private static File existing(Path folder) {
        Path path = folder.toAbsolutePath().normalize();
        while (path.getParent() != null && !Files.isDirectory(path)) {
            path = path.getParent();
        }
        return path.toFile();
    }

    private static final class SchedulerHealth extends AbstractHealthIndicator {

        private final ObjectProvider<Scheduler> scheduler;
        private final NightlyScheduleProperties nightly;
        private final boolean schedules;

        SchedulerHealth(ObjectProvider<Scheduler> scheduler, NightlyScheduleProperties nightly, boolean schedules) {
            this.scheduler = scheduler;
            this.nightly = nightly;
            this.schedules = schedules;
        }

        @Override
        protected void doHealthCheck(Health.Builder health) throws SchedulerException {
            Scheduler quartz = scheduler.getIfAvailable();
            if (quartz == null) {
                health.unknown().withDetail("scheduler", "none");
                return;
            }
            var meta = quartz.getMetaData();
            health.withDetail("instance", meta.getSchedulerInstanceId())
                    .withDetail("clustered", meta.isJobStoreClustered())
                    .withDetail("nightlyEnabled", nightly.enabled());
            Trigger trigger = quartz.getTrigger(TriggerKey.triggerKey("nightly", "legalstat"));
            if (trigger != null && trigger.getNextFireTime() != null) {
                health.withDetail("nightlyNext", trigger.getNextFireTime().toInstant().toString());
            }
            if (!schedules) {
                // a server started without the schedule (a command, a benchmark) is not failing by not firing
                health.unknown().withDetail("state", "not scheduling here");
            } else if (quartz.isShutdown() || !quartz.isStarted() || quartz.isInStandbyMode()) {
                // a server that should schedule but does not would silently skip nights
                health.down().withDetail("state", quartz.isShutdown() ? "shut down" : "standby");
            } else {
                health.up().withDetail("state", "started");
            }
        }
    }
}

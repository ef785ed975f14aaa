package kz.legalstat.schedule;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
    HealthContributor scheduler(ObjectProvider<Scheduler> scheduler, Schedules schedules,
                                @Value("${legalstat.serving:false}") boolean scheduling) {
        return new SchedulerHealth(scheduler, schedules, scheduling);
    }

    /** The space left where files arrive and are written; DOWN under the threshold. */
    @Bean
    HealthContributor folders(Schedules schedules,
                              @Value("${legalstat.report.exports-dir}") Path exports,
                              @Value("${legalstat.operations.disk-free-threshold}") DataSize threshold) {
        // one entry per folder, named by what it is for: inbox, reports, or inbox-monthly-closing and the like
        Map<Path, String> named = new LinkedHashMap<>();
        Map<String, Schedules.Run> nightlyFirst = new LinkedHashMap<>();
        Optional.ofNullable(schedules.enabled().get("nightly")).ifPresent(run -> nightlyFirst.put("nightly", run));
        nightlyFirst.putAll(schedules.enabled());
        nightlyFirst.forEach((name, run) -> {
            named.putIfAbsent(run.inbox().toAbsolutePath().normalize(), "nightly".equals(name) ? "inbox" : "inbox-" + name);
            named.putIfAbsent(run.out().toAbsolutePath().normalize(), "nightly".equals(name) ? "reports" : "reports-" + name);
        });
        named.putIfAbsent(exports.toAbsolutePath().normalize(), "exports");
        Map<String, HealthContributor> folders = new LinkedHashMap<>();
        named.forEach((folder, name) -> folders.put(name, new DiskSpaceHealthIndicator(existing(folder), threshold)));
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
        private final Schedules schedules;
        private final boolean scheduling;

        SchedulerHealth(ObjectProvider<Scheduler> scheduler, Schedules schedules, boolean scheduling) {
            this.scheduler = scheduler;
            this.schedules = schedules;
            this.scheduling = scheduling;
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
                    .withDetail("clustered", meta.isJobStoreClustered());
            Map<String, String> next = new LinkedHashMap<>();
            for (String name : schedules.enabled().keySet()) {
                Trigger trigger = quartz.getTrigger(TriggerKey.triggerKey(name, QuartzScheduleConfiguration.GROUP));
                next.put(name, trigger == null || trigger.getNextFireTime() == null ? "none"
                        : trigger.getNextFireTime().toInstant().toString());
            }
            health.withDetail("nextFires", next);
            if (!scheduling) {
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

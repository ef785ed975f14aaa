package kz.legalstat.schedule;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The scheduled runs, one per file of jobs/ ({@code legalstat.jobs.<name>}): {@code nightly}, {@code monthly-closing}
 * and whatever an office adds. Each collects its inbox, verifies and writes every report for a month.
 */
@Validated
@ConfigurationProperties("legalstat")
record Schedules(@DefaultValue Map<String, @Valid Run> jobs) {

    /** The schedules that fire, by name. */
    Map<String, Run> enabled() {
        Map<String, Run> enabled = new TreeMap<>();
        jobs.forEach((name, run) -> {
            if (run.enabled()) {
                enabled.put(name, run);
            }
        });
        return enabled;
    }

    /**
     * @param enabled whether the schedule fires at all
     * @param cron Quartz cron expression (seconds first), e.g. {@code 0 30 1 * * ?} for 01:30 every night
     * @param timeZone the zone the cron is read in
     * @param inbox folder the units' submissions arrive in
     * @param out folder the reports are written to
     * @param monthsBack which month to process: 1 = the month before the run's date
     * @param misfire what a fire missed while no server ran does when a server is back: run once, or skip (with a
     *                warning either way)
     */
    record Run(@DefaultValue("true") boolean enabled,
               @NotBlank(message = "config.required") @QuartzCron String cron,
               @NotNull(message = "config.required") @DefaultValue("Asia/Almaty") ZoneId timeZone,
               @NotNull(message = "config.required") @DefaultValue("inbox") Path inbox,
               @NotNull(message = "config.required") @DefaultValue("reports") Path out,
               @Min(value = 0, message = "config.months-back") @Max(value = 12, message = "config.months-back")
               @DefaultValue("1") int monthsBack,
               @NotNull(message = "config.required") @DefaultValue("run-once") Misfire misfire) {
    }

    enum Misfire { RUN_ONCE, SKIP }
}

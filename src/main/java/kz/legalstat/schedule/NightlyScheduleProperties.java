package kz.legalstat.schedule;

import java.nio.file.Path;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The nightly schedule, from {@code jobs/nightly.yml}.
 *
 * @param enabled whether the schedule fires at all
 * @param cron Quartz cron expression (seconds first), e.g. {@code 0 30 1 * * ?} for 01:30 every night
 * @param timeZone the zone the cron is read in
 * @param inbox folder the units' submissions arrive in
 * @param out folder the reports are written to
 * @param monthsBack which month to process: 1 = the month before the run's date
 */
@Validated
@ConfigurationProperties("legalstat.jobs.nightly")
record NightlyScheduleProperties(
        @DefaultValue("true") boolean enabled,
        @NotBlank(message = "config.required") @QuartzCron @DefaultValue("0 30 1 * * ?") String cron,
        @NotNull(message = "config.required") @DefaultValue("Asia/Almaty") ZoneId timeZone,
        @NotNull(message = "config.required") @DefaultValue("inbox") Path inbox,
        @NotNull(message = "config.required") @DefaultValue("reports") Path out,
        @Min(value = 0, message = "config.months-back") @Max(value = 12, message = "config.months-back")
        @DefaultValue("1") int monthsBack) {
}

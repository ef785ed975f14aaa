package kz.legalstat.schedule;

import java.nio.file.Path;
import java.time.ZoneId;

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
        @NotBlank @DefaultValue("0 30 1 * * ?") String cron,
        @NotNull @DefaultValue("Asia/Almaty") ZoneId timeZone,
        @NotNull @DefaultValue("inbox") Path inbox,
        @NotNull @DefaultValue("reports") Path out,
        @DefaultValue("1") int monthsBack) {
}

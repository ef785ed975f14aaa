package kz.legalstat.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The office's settings of the rule catalogue, from {@code jobs/quality-rules.yml}.
 *
 * @param dueDayOfNextMonth submissions of a month are due by this day of the next month
 * @param threads how many rules run at a time (each on its own connection): about the database's cores
 * @param rules per rule id, what the office changes; what it leaves out stays as the catalogue has it
 */
@Validated
@ConfigurationProperties("legalstat.quality")
public record QualitySettings(@DefaultValue("5") @Min(value = 1, message = "config.due-day")
                              @Max(value = 28, message = "config.due-day") int dueDayOfNextMonth,
                              @DefaultValue("2") @Min(value = 1, message = "config.threads")
                              @Max(value = 16, message = "config.threads") int threads,
                              @DefaultValue Map<String, @Valid Rule> rules) {

    /**
     * @param severity ERROR (keeps the unit's data out of the reports), WARNING or INFO
     * @param enabled whether the rule runs at all
     * @param tolerance what the rule lets pass, in the rule's own unit (days, count, percent)
     * @param validFrom the first month the rule applies to
     * @param validTo the last month the rule applies to
     */
    public record Rule(@Pattern(regexp = "ERROR|WARNING|INFO", message = "config.severity") String severity,
                       Boolean enabled, @DecimalMin(value = "0", message = "config.tolerance") BigDecimal tolerance, LocalDate validFrom, LocalDate validTo) {
    }
}

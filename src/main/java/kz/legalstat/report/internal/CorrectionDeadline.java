package kz.legalstat.report.internal;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import org.quartz.CronExpression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The day by which a unit corrects the errors of a month: the monthly closing's first run after the month, when the
 * month is collected and reported once more as the figures the office publishes (jobs/monthly-closing.yml).
 */
@Component
class CorrectionDeadline {

    private final CronExpression closing;
    private final ZoneId zone;

    CorrectionDeadline(@Value("${legalstat.jobs.monthly-closing.cron:0 0 4 10 * ?}") String cron,
                       @Value("${legalstat.jobs.monthly-closing.time-zone:Asia/Almaty}") String zone) {
        try {
            this.closing = new CronExpression(cron);
        } catch (ParseException e) {
            // the schedule's own check names a wrong cron where it is written; here it only dates the work list
            throw new IllegalArgumentException("legalstat.jobs.monthly-closing.cron: " + e.getMessage(), e);
        }
        this.zone = ZoneId.of(zone);
        this.closing.setTimeZone(TimeZone.getTimeZone(this.zone));
    }

    /** The day of the month's closing: the first run of the schedule after the month ends. */
    LocalDate of(YearMonth month) {
        Date after = Date.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        Date next = closing.getNextValidTimeAfter(after);
        return next == null ? null : next.toInstant().atZone(zone).toLocalDate();
    }
}

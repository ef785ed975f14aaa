package kz.legalstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import kz.legalstat.reference.OfficeTime;

/** Option values checked the same way by every command. */
final class Options {

    private Options() {
    }

    /** A YYYY-MM month that is not in the future. */
    static YearMonth period(String text, Console console) {
        YearMonth period = month(text, "cli.period.invalid", "cli.period.early", console);
        if (period.isAfter(OfficeTime.currentMonth())) {
            throw new UsageException(console.text("cli.period.future", text));
        }
        return period;
    }

    /** The month a list holds from: YYYY-MM, and unlike a period it may be a month to come. */
    static YearMonth from(String text, Console console) {
        return month(text, "cli.from.invalid", "cli.from.early", console);
    }

    /** A YYYY-MM month from the first the records hold, told in the option's own words when it is not. */
    private static YearMonth month(String text, String invalidKey, String earlyKey, Console console) {
        YearMonth month;
        try {
            month = YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(console.text(invalidKey, text));
        }
        if (month.isBefore(OfficeTime.FIRST_MONTH)) {
            throw new UsageException(console.text(earlyKey, text, OfficeTime.FIRST_MONTH));
        }
        return month;
    }

    /** A folder that exists: a file of that name is told as such, not as missing. */
    static void inbox(Path inbox, Console console) {
        if (Files.isRegularFile(inbox)) {
            throw new UsageException(console.text("cli.inbox.file", inbox));
        }
        if (!Files.isDirectory(inbox)) {
            throw new UsageException(console.text("cli.inbox.missing", inbox));
        }
    }

    static LocalDate date(String text, Console console) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(console.text("cli.date.invalid", text));
        }
    }
}

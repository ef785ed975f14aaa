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
        YearMonth period;
        try {
            period = YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(console.text("cli.period.invalid", text));
        }
        if (period.isAfter(OfficeTime.currentMonth())) {
            throw new UsageException(console.text("cli.period.future", text));
        }
        if (period.isBefore(OfficeTime.FIRST_MONTH)) {
            throw new UsageException(console.text("cli.period.early", text, OfficeTime.FIRST_MONTH));
        }
        return period;
    }

    /** The month a list holds from: YYYY-MM, and unlike a period it may be a month to come. */
    static YearMonth from(String text, Console console) {
        YearMonth month;
        try {
            month = YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(console.text("cli.from.invalid", text));
        }
        if (month.isBefore(OfficeTime.FIRST_MONTH)) {
            throw new UsageException(console.text("cli.from.early", text, OfficeTime.FIRST_MONTH));
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

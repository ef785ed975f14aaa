package kz.legalstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.legalstat.i18n.Lang;
import kz.legalstat.reference.OfficeTime;

/** Option values checked the same way by every command. */
final class Options {

    private static final Pattern OTHER_EXTENSION = Pattern.compile("\\.(?!xlsx$)(\\p{Alpha}+)$",
            Pattern.CASE_INSENSITIVE);

    private Options() {
    }

    /** kk or ru. */
    static Lang lang(String text, Console console) {
        try {
            return Lang.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(console.text("cli.lang.invalid", text));
        }
    }

    /**
     * A file to write an Excel workbook to: not a folder (the message suggests {@code suggested} in it), and not named
     * as another format. A workbook named .csv or .xls is opened by Excel as that format (garbage, or a warning that
     * it is not); a name without a letters-only extension ("overdue", "overdue.2026-10") is the operator's to choose.
     * The messages are the command's own.
     */
    static void workbookFile(Path out, String suggested, String folderKey, String extensionKey, Console console) {
        if (Files.isDirectory(out)) {
            throw new UsageException(console.text(folderKey, out, out.resolve(suggested)));
        }
        String fileName = out.getFileName().toString();
        Matcher extension = OTHER_EXTENSION.matcher(fileName);
        if (extension.find()) {
            throw new UsageException(console.text(extensionKey, out, extension.group(1),
                    out.resolveSibling(fileName.substring(0, extension.start()) + ".xlsx")));
        }
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

    /** A YYYY-MM-DD day that has come: a status on a day to come is not known. */
    static LocalDate date(String text, Console console) {
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(console.text("cli.date.invalid", text));
        }
        if (day.isAfter(OfficeTime.today())) {
            throw new UsageException(console.text("cli.date.future", day, OfficeTime.today()));
        }
        return day;
    }
}

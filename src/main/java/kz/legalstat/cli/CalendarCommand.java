package kz.legalstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.legalstat.calendar.WorkingCalendar;
import kz.legalstat.reference.OfficeFileProblem;
import kz.legalstat.reference.OfficeFileRejectedException;
import kz.legalstat.reference.OfficeTime;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The working-day calendar: the office loads each year's official calendar, lists the years, writes one out. */
@Command(name = "calendar",
        subcommands = {CalendarCommand.Load.class, CalendarCommand.List.class, CalendarCommand.Export.class})
class CalendarCommand {

    @Command(name = "load")
    static class Load extends JsonCommand {

        @Option(names = "--year", required = true)
        int year;

        @Option(names = "--file", required = true)
        Path file;

        @Option(names = "--source", required = true)
        String source;

        @Override
        public int run(ConfigurableApplicationContext context, Console console) {
            try {
                WorkingCalendar.Loaded loaded = context.getBean(WorkingCalendar.class).load(year, source, file);
                console.say(loaded.text(console.texts, console.lang));
                loaded.warnings().forEach(w -> console.say(text(console, w)));
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("year", loaded.year());
                result.put("replaced", loaded.replaced());
                result.put("warnings", loaded.warnings().stream().map(w -> text(console, w)).toList());
                console.result(result);
                return 0;
            } catch (OfficeFileRejectedException e) {
                String refused = console.text("calendar.rejected", file, String.valueOf(year));
                return RefusedFile.told(console, refused, file, e);
            }
        }
    }

    @Command(name = "list")
    static class List extends JsonCommand {

        @Override
        public int run(ConfigurableApplicationContext context, Console console) {
            var years = context.getBean(WorkingCalendar.class).years();
            years.forEach(y -> {
                console.say(console.text("cli.calendar.year", String.valueOf(y.year()), y.workingDays(),
                        y.daysOff(), y.source()));
                if (y.provisional()) {
                    console.say(console.text("cli.calendar.provisional", String.valueOf(y.year())));
                }
            });
            console.result(years);
            return 0;
        }
    }

    @Command(name = "export")
    static class Export extends JsonCommand {

        @Option(names = "--year", required = true)
        int year;

        @Option(names = "--out", required = true)
        Path out;

        @Override
        public int run(ConfigurableApplicationContext context, Console console) throws Exception {
            Path written = out.toAbsolutePath();
            try {
                Files.write(written, context.getBean(WorkingCalendar.class).export(year));
            } catch (OfficeFileRejectedException e) {
                throw RefusedFile.notThere(console, e);
            }
            console.say(console.text("cli.calendar.exported", String.valueOf(year), written));
            console.result(Map.of("year", year, "file", written.toString()));
            return 0;
        }
    }

    /** After a verification: a warning while the calendar that this month's deadlines need is not loaded. */
    static void warnOfMissingYear(ConfigurableApplicationContext context, Console console) {
        WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
        calendar.missingYear(OfficeTime.currentMonth()).ifPresent(year -> console.say(console.text(
                calendar.isProvisional(year) ? "cli.calendar.unofficial" : "cli.calendar.missing",
                String.valueOf(year))));
    }

    private static String text(Console console, OfficeFileProblem problem) {
        return problem.text(console.texts, console.lang);
    }
}

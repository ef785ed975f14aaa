package kz.legalstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import kz.legalstat.reference.OfficeFileRejectedException;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.UnitList;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The units' list: one loaded from a file, from a month on; the lists loaded; the one in force written out. */
@Command(name = "units", subcommands = {UnitsCommand.Load.class, UnitsCommand.List.class, UnitsCommand.Export.class})
class UnitsCommand {

    @Command(name = "load")
    static class Load extends JsonCommand {

        @Option(names = "--file", required = true)
        Path file;

        @Option(names = "--from", required = true)
        String from;

        @Option(names = "--source", required = true)
        String source;

        @Override
        public int run(ConfigurableApplicationContext context, Console console) {
            YearMonth month = Options.from(from, console);
            try {
                UnitList.Loaded loaded = context.getBean(UnitList.class).load(file, month, source);
                console.say(loaded.text(console.texts, console.lang));
                console.result(loaded);
                return 0;
            } catch (OfficeFileRejectedException e) {
                return RefusedFile.told(console, console.text("units.rejected", file), file, e);
            }
        }
    }

    @Command(name = "list")
    static class List extends JsonCommand {

        private static final DateTimeFormatter LOADED_AT = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");

        @Override
        public int run(ConfigurableApplicationContext context, Console console) {
            var versions = context.getBean(UnitList.class).versions();
            versions.forEach(v -> console.say(console.text("cli.units.version", v.version(),
                    YearMonth.from(v.validFrom()).toString(),
                    LOADED_AT.format(v.loadedAt()), v.source(), v.units(), v.added(), v.closed(), v.renamed())));
            console.result(versions);
            return 0;
        }
    }

    @Command(name = "export")
    static class Export extends JsonCommand {

        @Option(names = "--out", required = true)
        Path out;

        /** A list loaded earlier, by its number in {@code units list}; the list in force when left out. */
        @Option(names = "--list")
        Integer list;

        @Override
        public int run(ConfigurableApplicationContext context, Console console) throws Exception {
            Path written = out.toAbsolutePath();
            UnitList units = context.getBean(UnitList.class);
            try {
                Files.write(written, list == null ? units.export() : units.export(list));
            } catch (OfficeFileRejectedException e) {
                throw RefusedFile.notThere(console, e);
            }
            console.say(console.text("cli.units.exported", written));
            console.result(Map.of("file", written.toString()));
            return 0;
        }
    }
}

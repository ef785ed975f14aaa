package kz.legalstat.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's parsing, which refuses a wrong command or option before anything starts: exit status 2 and the
 * operator's words naming what is wrong (docs/cli.md). Through the same entry point as {@code java -jar}; no database
 * is reached, so this is the unit lane. {@code DIR} stands for a folder that exists, {@code FILE} for a file in it.
 */
class CommandLineParsingTest {

    @RegisterExtension
    final ConsoleCapture captured = new ConsoleCapture();
    private final ByteArrayOutputStream err = captured.err;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // commands
            "publish| publish",
            "colect|Возможно, имелось в виду: collect",
            "help publish|help: команды «publish» нет",
            // options missing, unknown, malformed, repeated
            "report --name overdue-acts|Не заданы обязательные параметры: --period, --out",
            "runs --bogus|Неизвестный параметр или лишний аргумент: --bogus",
            "runs --limit many|--limit: «many» — недопустимое значение",
            "verify --period 2026-10 --period 2026-09|--period: указан дважды; укажите один раз",
            "report --period 2026-10 --name|--name: не указано значение; пишите --name ЗНАЧЕНИЕ или --name=ЗНАЧЕНИЕ",
            // values out of what is allowed
            "verify --period 2026-13|--period: «2026-13»",
            "verify --period 2999-01|--period: 2999-01",
            "demo --period 1999-01 --out DIR|--period: 1999-01 — раньше начала учёта (2000-01)",
            "report --name acts --period 2026-10 --out x.xlsx|supervision-acts, overdue-acts",
            "report --name overdue-acts --period 2026-10 --lang en --out x.xlsx|--lang: «en»",
            "runs --limit -5|--limit: -5 вне допустимого диапазона 1–10 000",
            "workbook --kind reports --out w.xlsx|--kind: «reports» — такого вида представлений нет; допустимы acts, records, form",
            // paths: a folder that does not exist, a file where a folder is wanted, a folder where a file is
            "collect --inbox DIR/none|--inbox: папка «DIR/none» не существует",
            "nightly --inbox FILE --period 2026-10 --out DIR|--inbox: «FILE» — файл, а не папка",
            "report --name overdue-acts --period 2026-10 --lang ru --out DIR|--out: «DIR» — папка, а нужен файл отчёта, например DIR/overdue-acts_2026-10_ru.xlsx",
            "report --name overdue-acts --period 2026-10 --out DIR/overdue.csv|--out: «DIR/overdue.csv» — отчёт записывается книгой Excel (.xlsx), а файл с расширением .csv Excel откроет как другой формат; назовите файл, например, DIR/overdue.xlsx",
            "workbook --kind acts --lang ru --out DIR|--out: «DIR» — папка, а нужен файл книги, например DIR/acts_ru.xlsx",
            // a source database LegalStat cannot read
            "collect --source-url jdbc:oracle:thin:@db:1521/units --source-query SELECT_ALL --source-unit 1910 --period 2026-10|--source-url: «jdbc:oracle:thin:@db:1521/units» — не адрес базы данных, которую LegalStat умеет читать; нужен адрес вида jdbc:postgresql://сервер:5432/база"})
    void aWrongCommandOrOptionIsRefusedNamingWhatIsWrong(String command, String said) throws IOException {
        Path file = Files.writeString(dir.resolve("acts_1910_2026-10.csv"), "act_id\n");
        String[] args = command.replace("DIR", dir.toString()).replace("FILE", file.toString()).split(" ");

        int status = CommandLineEntry.run(args, kz.legalstat.LegalStatApplication.class);

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(said.replace("DIR", dir.toString()).replace("FILE", file.toString()))
                .doesNotContain("Exception", "\tat ");
        // nothing was written where a report or a workbook would have gone
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }
}

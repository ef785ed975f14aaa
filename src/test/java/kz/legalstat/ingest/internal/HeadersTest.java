package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The header of a file, found and read as docs/submissions.md ("The header") has it: one case a rule, each a small CSV
 * file. No database.
 */
class HeadersTest {

    static final Texts TEXTS = Texts.fromBundles();
    static final Headers HEADERS = new Headers(TEXTS);
    static final IngestLimits LIMITS = new IngestLimits(1 << 20, 200, 10_000, 1 << 20);
    static final String[] REQUIRED = {"act_id", "unit_code", "act_type", "issued_on", "addressee_kind", "addressee",
            "sphere"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {
            // by names, by Russian titles, by Kazakh titles, mixed, in any order
            "act_id;unit_code;act_type;issued_on;addressee_kind;addressee;sphere",
            "Номер акта;Код подразделения;Вид акта;Дата подписания;Вид адресата;Адресат;Сфера надзора",
            "Акт нөмірі;Бөлімше коды;Акт түрі;Қол қойылған күні;Адресат түрі;Адресат;Қадағалау саласы",
            "sphere;Адресат;Вид адресата;issued_on;Акт түрі;unit_code;Номер акта",
            // letter case, runs of spaces, ё as е, the marks forms put after a title, a stray byte-order mark
            "НОМЕР  АКТА;код подразделения;вид акта*;Дата подписания:;Вид адресата;АДРЕСАТ;Сфера надзора.",
            "\uFEFFact_id;unit_code;act_type;issued_on;addressee_kind;addressee;sphere"})
    void everyRequiredColumnIsFoundByItsNameOrEitherTitle(String header) throws Exception {
        Headers.Found found = find(header + "\n");

        int[] expected = new int[REQUIRED.length];
        String[] cells = header.replace("\uFEFF", "").split(";");
        for (int c = 0; c < REQUIRED.length; c++) {
            expected[c] = position(cells, REQUIRED[c]);
        }
        assertThat(Arrays.copyOf(found.cellIndex(), REQUIRED.length)).containsExactly(expected);
    }

    @Test
    void aColumnNamedTwiceRefusesTheFileNamingBothCells() {
        assertThatThrownBy(() -> find("act_id;Номер акта;unit_code;act_type;issued_on;addressee_kind;addressee;sphere\n"))
                .isInstanceOf(FileRejectedException.class).hasMessage("ingest.file.duplicate-column");
    }

    @Test
    void aMissingRequiredColumnRefusesTheFile() {
        assertThatThrownBy(() -> find("act_id;unit_code;act_type;issued_on;addressee_kind;addressee\n"))
                .isInstanceOf(FileRejectedException.class).hasMessage("ingest.file.missing-columns");
    }

    @Test
    void anotherKindsColumnsAreToldAsAFileOfThatKindUnderAWrongName() {
        assertThatThrownBy(() -> find("unit_code;indicator;value\n"))
                .isInstanceOf(FileRejectedException.class).hasMessage("ingest.file.other-kind");
    }

    @Test
    void aCellNamingNoColumnIsWarnedAboutAndIgnored() throws Exception {
        FileIssues issues = new FileIssues();
        find(String.join(";", REQUIRED) + ";примечание\n", issues);

        assertThat(issues.all(TEXTS)).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.code()).isEqualTo("ingest.file.unknown-column");
            assertThat(issue.column()).isEqualTo("примечание");
        });
    }

    @Test
    void aHeaderBelowTitleLinesIsFoundAndTheUnitIsTold() throws Exception {
        FileIssues issues = new FileIssues();
        Headers.Found found = find("Реестр актов прокурорского надзора за октябрь 2026\n\n"
                + String.join(";", REQUIRED) + "\n", issues);

        assertThat(found.cellIndex()[0]).isZero();
        assertThat(issues.all(TEXTS)).extracting(Issue::code).containsExactly("ingest.file.header-below");
    }

    private Headers.Found find(String csv) throws Exception {
        return find(csv, new FileIssues());
    }

    private Headers.Found find(String csv, FileIssues issues) throws Exception {
        Path file = Files.writeString(dir.resolve("acts_1910_2026-10.csv"), csv, StandardCharsets.UTF_8);
        try (TableReader reader = CsvTableReader.open(file, LIMITS)) {
            return HEADERS.find(RowSchema.ACTS, reader, issues, file.getFileName().toString());
        }
    }

    private static int position(String[] cells, String column) throws IOException {
        String[][] titles = {
                {"act_id", "Номер акта", "Акт нөмірі", "НОМЕР  АКТА"},
                {"unit_code", "Код подразделения", "Бөлімше коды", "код подразделения"},
                {"act_type", "Вид акта", "Акт түрі", "вид акта*"},
                {"issued_on", "Дата подписания", "Қол қойылған күні", "Дата подписания:"},
                {"addressee_kind", "Вид адресата", "Адресат түрі"},
                {"addressee", "Адресат", "АДРЕСАТ"},
                {"sphere", "Сфера надзора", "Қадағалау саласы", "Сфера надзора."}};
        for (String[] names : titles) {
            if (names[0].equals(column)) {
                for (int i = 0; i < cells.length; i++) {
                    if (Arrays.asList(names).contains(cells[i])) {
                        return i;
                    }
                }
            }
        }
        throw new IOException(column + " not in the test's header");
    }
}

package kz.legalstat.report.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system's reasons as the operator reads them. The tests run as root, which no permission stops, so the
 * exceptions the JDK throws for them are made here as it makes them (the file it names, its reason).
 */
class ReportWriteExceptionTest {

    private final Texts texts = Texts.fromBundles();
    private final Path folder = Path.of("/srv/reports");

    @Test
    void aTemporaryFileTheSystemRefusesIsToldAsTheFolderNotItsOwnName() {
        String part = "/srv/reports/.overdue.xlsx4978540985649693893.part";

        assertThat(told(ReportWriteException.intoFolder(folder, new AccessDeniedException(part)), Lang.ru))
                .isEqualTo("Отчёт нельзя записать в папку /srv/reports: нет прав на запись в /srv/reports. "
                        + "Исправьте это или выберите другую папку, затем повторите");
        assertThat(told(ReportWriteException.intoFolder(folder, new NoSuchFileException(part)), Lang.ru))
                .contains(": система не даёт создавать файлы в /srv/reports.");
        assertThat(told(ReportWriteException.intoFolder(folder, new FileSystemException(part, null,
                "Operation not permitted")), Lang.kk))
                .contains("/srv/reports")
                .doesNotContain(".part", "Operation");
    }

    @Test
    void aParentThatCannotBeMadeIsNamed() {
        assertThat(told(ReportWriteException.intoFolder(folder, new AccessDeniedException("/srv")), Lang.ru))
                .contains(": нет прав на запись в /srv.");
        assertThat(told(ReportWriteException.templatesIntoFolder(Path.of("/proc/templates"),
                new NoSuchFileException("/proc/templates")), Lang.ru))
                .startsWith("Шаблоны нельзя записать в папку /proc/templates: /proc/templates нет, и создать его "
                        + "система не даёт.");
    }

    @Test
    void aFullDiskIsToldInWordsAndAnythingElseInTheSystemsOwn() {
        assertThat(told(ReportWriteException.file(folder.resolve("overdue.xlsx"),
                new IOException("No space left on device")), Lang.kk))
                .isNotEqualTo(told(ReportWriteException.file(folder.resolve("overdue.xlsx"),
                        new IOException("No space left on device")), Lang.ru))
                .doesNotContain("No space");
        assertThat(told(ReportWriteException.file(folder.resolve("overdue.xlsx"), new IOException("Stale file handle")),
                Lang.ru))
                .contains("система ответила: Stale file handle");
    }

    private String told(ReportWriteException e, Lang lang) {
        return texts.get(lang, e.key(), e.args());
    }
}

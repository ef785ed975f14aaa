package kz.legalstat.report.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

import kz.legalstat.i18n.TextException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A report (or the default templates) that could not be written where it was to go (no permission, no space, a
 * file where a folder should be), told in the reader's language with the system's reason in words where it is one
 * of the usual ones.
 */
final class ReportWriteException extends TextException {

    private ReportWriteException(String key, Path where, IOException cause) {
        super(key, where, reason(cause, where));
        initCause(cause);
    }

    static ReportWriteException intoFolder(Path folder, IOException cause) {
        return new ReportWriteException("report.write.folder", folder, cause);
    }

    static ReportWriteException templatesIntoFolder(Path folder, IOException cause) {
        return new ReportWriteException("report.write.templates", folder, cause);
    }

    static ReportWriteException file(Path file, IOException cause) {
        return new ReportWriteException("report.write.file", file, cause);
    }

    /** Resolved with the text around it, in the same language. */
    private static MessageSourceResolvable reason(IOException e, Path where) {
        if (e instanceof FileSystemException f) {
            String said = f.getReason() == null ? "" : f.getReason();
            // the folder itself or one of its parents is named; a file made inside it (the report's temporary
            // .part, a template) is not the operator's, so the folder is named instead
            boolean folderNamed = f.getFile() != null && where.startsWith(Path.of(f.getFile()));
            String named = folderNamed ? f.getFile() : where.toString();
            if (f instanceof AccessDeniedException || said.contains("Operation not permitted")) {
                return text("io.access-denied", named);
            }
            if (f instanceof NoSuchFileException) {
                // where the system allows no files (/proc), or a folder removed meanwhile
                return folderNamed ? text("io.cannot-create", named) : text("io.cannot-create-in", named);
            }
            if (f instanceof FileAlreadyExistsException || f instanceof NotDirectoryException
                    || said.contains("Not a directory")) {
                return where.toString().equals(f.getFile()) ? text("io.a-file") : text("io.not-a-folder", named);
            }
        }
        // a write that fails midway says so in a plain IOException, in the operating system's words
        String said = String.valueOf(e.getMessage());
        if (said.contains("No space left on device") || said.contains("Disk quota exceeded")) {
            return text("io.no-space");
        }
        if (said.contains("Read-only file system")) {
            return text("io.read-only");
        }
        return text("io.other", said);
    }

    private static MessageSourceResolvable text(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }
}

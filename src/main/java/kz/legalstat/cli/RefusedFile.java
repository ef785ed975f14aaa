package kz.legalstat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import kz.legalstat.reference.OfficeFileRejectedException;

/** A file the office loads, refused: what was left as it was, then every problem on its line, exit status 2. */
final class RefusedFile {

    private RefusedFile() {
    }

    static int told(Console console, String headline, Path file, OfficeFileRejectedException refusal) {
        console.err.println(headline);
        List<String> problems = refusal.problems().stream().map(p -> p.text(console.texts, console.lang)).toList();
        problems.forEach(p -> console.err.println("  " + p));
        console.result(Map.of("rejected", file.toString(), "problems", problems));
        return 2;
    }

    /** A file the office keeps that is not there to write out (a year, a list number): a usage error saying so. */
    static UsageException notThere(Console console, OfficeFileRejectedException refusal) {
        return new UsageException(refusal.problems().get(0).text(console.texts, console.lang));
    }
}

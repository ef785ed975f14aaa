package kz.legalstat.ingest;

import java.util.List;

/**
 * What a collection did: per file taken its status, rows loaded and rejected and, for a rejected file, the
 * reason; plus how many files were already taken before, and how many belong to months other than the one asked
 * for (left untouched).
 */
public record CollectResult(List<FileOutcome> files, int unchanged, int otherMonths) {

    /** The job execution context keys under which a collection keeps its counts of files it did not take. */
    static final String UNCHANGED_KEY = "collect.unchanged";
    static final String OTHER_MONTHS_KEY = "collect.other-months";

    public record FileOutcome(String file, String kind, String unit, String period, Integer version,
                              SubmissionStatus status, int rowsLoaded, int rowsRejected, String reasonKk,
                              String reasonRu) {
    }

    /** The files of one status: loaded, rejected or ignored (a name that does not follow the pattern). */
    public long count(SubmissionStatus status) {
        return files.stream().filter(file -> file.status() == status).count();
    }

    public long rowsLoaded() {
        return files.stream().mapToLong(FileOutcome::rowsLoaded).sum();
    }

    public long rowsRejected() {
        return files.stream().mapToLong(FileOutcome::rowsRejected).sum();
    }
}

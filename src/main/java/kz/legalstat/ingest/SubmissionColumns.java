package kz.legalstat.ingest;

import java.util.List;

import kz.legalstat.reference.SubmissionKind;

import kz.legalstat.ingest.internal.RowSchema;

/** The columns of each submission kind (acts, records, form), as files must carry them. */
public final class SubmissionColumns {

    private SubmissionColumns() {
    }

    public static List<String> of(SubmissionKind kind) {
        return RowSchema.columnNames(kind);
    }
}

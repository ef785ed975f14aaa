package kz.legalstat.ingest.internal;

import java.util.List;

import kz.legalstat.reference.SubmissionKind;

/** The columns of each submission kind and the table its good rows go to, in the table's column order. */
public record RowSchema(String kind, String table, List<Column> columns) {

    /** Integers larger than this are not counts a unit could mean. */
    private static final long MAX_COUNT = 1_000_000_000L;

    static final RowSchema ACTS = new RowSchema(SubmissionKind.ACTS.code(), "act_row", List.of(
            Column.text("act_id", true, 64),
            Column.unit("unit_code"),
            Column.code("act_type", true, "ACT_TYPE"),
            Column.date("issued_on", true),
            Column.code("addressee_kind", true, "ADDRESSEE_KIND"),
            Column.text("addressee", true, 500),
            Column.code("sphere", true, "SPHERE"),
            Column.date("received_on", false),
            Column.integer("term_days", false, 1, 3650),
            Column.date("considered_on", false),
            Column.code("outcome", false, "OUTCOME"),
            Column.date("reported_on", false),
            Column.integer("persons_disciplined", false, 0, MAX_COUNT),
            Column.integer("acts_revoked", false, 0, MAX_COUNT),
            Column.decimal("amount_restored_kzt", false),
            Column.text("record_ref", false, 32)));

    static final RowSchema RECORDS = new RowSchema(SubmissionKind.RECORDS.code(), "record_row", List.of(
            Column.text("record_id", true, 32),
            Column.unit("unit_code"),
            Column.date("registered_on", true),
            Column.text("article", true, 32),
            Column.code("category", true, "RECORD_CATEGORY"),
            Column.code("status", true, "RECORD_STATUS"),
            Column.date("decided_on", false)));

    static final RowSchema FORM = new RowSchema(SubmissionKind.FORM.code(), "form_row", List.of(
            Column.unit("unit_code"),
            Column.indicator("indicator"),
            Column.integer("value", true, 0, MAX_COUNT)));

    /** The column names of a kind, in the order docs/submissions.md lists them. */
    public static List<String> columnNames(SubmissionKind kind) {
        return of(kind.code()).columns().stream().map(Column::name).toList();
    }

    static List<RowSchema> all() {
        return List.of(ACTS, RECORDS, FORM);
    }

    static RowSchema of(String kind) {
        return all().stream().filter(schema -> schema.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind " + kind));
    }

    int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(column);
    }
}

package kz.legalstat.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kz.legalstat.terms.DeadlineRules;

/** An act row's deadlines, derived as it is loaded and written beside it (V26): the row is written once. */
final class ActRowDeadlines {

    /** The columns appended to an act row's, in the order of {@link #withDeadlines}. */
    static final List<String> COLUMNS = Stream.concat(DeadlineRules.Derived.COLUMNS.stream(),
            Stream.of("deadline_derived")).toList();

    private static final int ACT_TYPE = RowSchema.ACTS.indexOf("act_type");
    private static final int ADDRESSEE_KIND = RowSchema.ACTS.indexOf("addressee_kind");
    private static final int ISSUED_ON = RowSchema.ACTS.indexOf("issued_on");
    private static final int RECEIVED_ON = RowSchema.ACTS.indexOf("received_on");
    private static final int TERM_DAYS = RowSchema.ACTS.indexOf("term_days");
    private static final int CONSIDERED_ON = RowSchema.ACTS.indexOf("considered_on");

    private final DeadlineRules rules;

    ActRowDeadlines(DeadlineRules rules) {
        this.rules = rules;
    }

    /** A validated act row's values (RowValidator: ISO dates, plain numbers) followed by its deadlines. */
    List<String> withDeadlines(List<String> values) {
        DeadlineRules.Derived derived = rules.derive(values.get(ACT_TYPE), values.get(ADDRESSEE_KIND),
                date(values.get(ISSUED_ON)), date(values.get(RECEIVED_ON)), integer(values.get(TERM_DAYS)),
                date(values.get(CONSIDERED_ON)));
        List<String> row = new ArrayList<>(values.size() + COLUMNS.size());
        row.addAll(values);
        row.addAll(derived.values());
        row.add("t");
        return row;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Integer integer(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}

package kz.legalstat.ingest.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kz.legalstat.reference.ReferenceData;

/** The indicators a form may carry, as docs/submissions.md names them, built from the code lists in force. */
final class FormIndicators {

    /** What a form counts of each act type's acts issued in the month. */
    static final List<String> ACT_MEASURES = List.of("ISSUED", "CONSIDERED", "SATISFIED", "PARTIALLY_SATISFIED",
            "REJECTED");
    static final String PERSONS_DISCIPLINED = "ACTS.PERSONS_DISCIPLINED";
    static final String RECORDS_REGISTERED = "RECORDS.REGISTERED";

    private FormIndicators() {
    }

    static String ofActs(String actType, String measure) {
        return "ACTS." + actType + "." + measure;
    }

    static String ofRecords(String category) {
        return "RECORDS." + category + ".REGISTERED";
    }

    /** Every indicator, in the order the spec lists them: by act type and measure, then the records'. */
    static Set<String> all(ReferenceData reference) {
        Set<String> all = new LinkedHashSet<>();
        for (String type : reference.codes("ACT_TYPE")) {
            ACT_MEASURES.forEach(measure -> all.add(ofActs(type, measure)));
        }
        all.add(PERSONS_DISCIPLINED);
        all.add(RECORDS_REGISTERED);
        reference.codes("RECORD_CATEGORY").forEach(category -> all.add(ofRecords(category)));
        return all;
    }
}

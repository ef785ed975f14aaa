package kz.legalstat.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;

/** A unit's aggregate form for a month, counted from its own detail exactly as the indicators define. */
final class DemoForms {

    private DemoForms() {
    }

    static List<String[]> rows(Unit unit, YearMonth month, List<DemoAct> acts, List<DemoRecord> regionRecords,
                               ReferenceData reference) {
        LocalDate end = month.atEndOfMonth();
        List<DemoAct> issued = acts.stream().filter(a -> YearMonth.from(a.issuedOn()).equals(month)).toList();
        List<String[]> rows = new ArrayList<>();
        for (String type : reference.codes("ACT_TYPE")) {
            List<DemoAct> ofType = issued.stream().filter(a -> a.actType().equals(type)).toList();
            List<DemoAct> considered = ofType.stream()
                    .filter(a -> a.consideredOn() != null && !a.consideredOn().isAfter(end)).toList();
            rows.add(row(unit.code(), "ACTS." + type + ".ISSUED", ofType.size()));
            rows.add(row(unit.code(), "ACTS." + type + ".CONSIDERED", considered.size()));
            for (String outcome : List.of("SATISFIED", "PARTIALLY_SATISFIED", "REJECTED")) {
                rows.add(row(unit.code(), "ACTS." + type + "." + outcome,
                        considered.stream().filter(a -> outcome.equals(a.outcome())).count()));
            }
        }
        rows.add(row(unit.code(), "ACTS.PERSONS_DISCIPLINED", issued.stream()
                .filter(a -> a.consideredOn() != null && !a.consideredOn().isAfter(end) && a.personsDisciplined() != null)
                .mapToLong(DemoAct::personsDisciplined).sum()));
        if (unit.isRegion()) {
            for (Unit place : reference.unitsIn(month, unit.code())) {
                List<DemoRecord> registered = regionRecords.stream()
                        .filter(r -> r.unitCode().equals(place.code()) && YearMonth.from(r.registeredOn()).equals(month))
                        .toList();
                rows.add(row(place.code(), "RECORDS.REGISTERED", registered.size()));
                for (String category : reference.codes("RECORD_CATEGORY")) {
                    rows.add(row(place.code(), "RECORDS." + category + ".REGISTERED",
                            registered.stream().filter(r -> r.category().equals(category)).count()));
                }
            }
        }
        return rows;
    }

    private static String[] row(String unit, String indicator, long value) {
        return new String[] {unit, indicator, String.valueOf(value)};
    }
}

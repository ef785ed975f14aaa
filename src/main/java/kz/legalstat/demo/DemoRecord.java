package kz.legalstat.demo;

import java.time.LocalDate;

/** One generated special record (a registered criminal offence). */
record DemoRecord(String recordId, String unitCode, LocalDate registeredOn, String article, String category,
                  String status, LocalDate decidedOn) {

    String[] columns() {
        return new String[] {recordId, unitCode, registeredOn.toString(), article, category, status,
                decidedOn == null ? "" : decidedOn.toString()};
    }
}

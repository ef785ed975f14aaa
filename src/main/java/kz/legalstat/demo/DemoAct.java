package kz.legalstat.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One generated act with its whole life; a file shows it as of the end of that file's month. */
record DemoAct(String actId, String unitCode, String actType, LocalDate issuedOn, String addresseeKind,
               String addressee, String sphere, LocalDate receivedOn, Integer termDays, LocalDate consideredOn,
               String outcome, LocalDate reportedOn, Integer personsDisciplined, Integer actsRevoked,
               BigDecimal amountRestored, String recordRef) {

    /** Whether a file as of {@code end} still carries the act: its outcome or its report is still open. */
    boolean openAt(LocalDate end) {
        boolean considered = consideredOn != null && !consideredOn.isAfter(end);
        boolean reportDue = "SUBMISSION".equals(actType) && (reportedOn == null || reportedOn.isAfter(end));
        return !considered || reportDue;
    }

    /** The act's columns as known at {@code end}: later events are not in the file yet. */
    String[] columnsAsOf(LocalDate end) {
        boolean considered = consideredOn != null && !consideredOn.isAfter(end);
        boolean reported = reportedOn != null && !reportedOn.isAfter(end);
        return new String[] {actId, unitCode, actType, issuedOn.toString(), addresseeKind, addressee, sphere,
                receivedOn == null || receivedOn.isAfter(end) ? "" : receivedOn.toString(), termDays == null ? "" : termDays.toString(),
                considered ? consideredOn.toString() : "", considered ? outcome : "",
                reported ? reportedOn.toString() : "",
                considered && personsDisciplined != null ? personsDisciplined.toString() : "",
                considered && actsRevoked != null ? actsRevoked.toString() : "",
                considered && amountRestored != null ? amountRestored.toPlainString() : "",
                recordRef == null ? "" : recordRef};
    }
}

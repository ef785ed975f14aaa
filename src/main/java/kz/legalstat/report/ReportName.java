package kz.legalstat.report;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/** The four reports of docs/reports.md, by their command-line names. */
public enum ReportName {
    SUPERVISION_ACTS("supervision-acts"),
    OVERDUE_ACTS("overdue-acts"),
    DATA_QUALITY("data-quality"),
    SPECIAL_RECORDS("special-records");

    private final String cliName;

    ReportName(String cliName) {
        this.cliName = cliName;
    }

    /** The name in every contract: the command line, the API (JSON in and out), the catalogue. */
    @JsonValue
    public String cliName() {
        return cliName;
    }

    public static Optional<ReportName> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.cliName.equals(name)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ReportName::cliName).collect(Collectors.joining(", "));
    }
}

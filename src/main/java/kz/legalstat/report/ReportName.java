package kz.legalstat.report;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/** The four reports of docs/reports.md, by their command-line names. */
public enum ReportName {
    SUPERVISION_ACTS("supervision-acts", true),
    OVERDUE_ACTS("overdue-acts", true),
    DATA_QUALITY("data-quality", false),
    SPECIAL_RECORDS("special-records", true);

    private final String cliName;
    private final boolean firstTableByPlace;

    ReportName(String cliName, boolean firstTableByPlace) {
        this.cliName = cliName;
        this.firstTableByPlace = firstTableByPlace;
    }

    /**
     * Whether the first table has a row per region (per unit in a region's report), each adding up its territory; the
     * data-quality report's first table lists findings.
     */
    public boolean firstTableByPlace() {
        return firstTableByPlace;
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

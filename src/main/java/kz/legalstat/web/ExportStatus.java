package kz.legalstat.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import io.swagger.v3.oas.annotations.media.Schema;

import kz.legalstat.report.ExportRequest;
import kz.legalstat.report.ReportName;

/** An export as the API tells it: the order's own names (report, period, language, region, asOf), then how it stands. */
@Schema(name = "Export", requiredProperties = {"id", "report", "period", "language", "status", "rowsWritten", "percent"})
record ExportStatus(long id, ReportName report, @Schema(type = "string", example = "2026-10") YearMonth period,
                    @Schema(allowableValues = {"kk", "ru"}) String language,
                    @Schema(description = "two-digit region code; null for the republic") String region,
                    LocalDate asOf, String requestedBy,
                    @Schema(allowableValues = {"QUEUED", "RUNNING", "READY", "FAILED"}) String status,
                    @Schema(description = "data rows written so far; all of them once READY") long rowsWritten,
                    @Schema(description = "0-99 while RUNNING once the report knows its rows, 100 when READY, -1 while "
                            + "not yet known") int percent,
                    @Schema(description = "once READY: the file, GET it with the caller's account") String file,
                    @Schema(description = "once FAILED: why, in the caller's language") String failure,
                    OffsetDateTime requestedAt, OffsetDateTime finishedAt) {

    static ExportStatus of(ExportRequest request) {
        return new ExportStatus(request.id(), request.report(), request.period(), request.lang(), request.regionCode(),
                request.asOf(), request.requestedBy(), request.status().name(), request.rowsWritten(), request.percent(),
                request.exportId() == null ? null : "/api/v1/exports/" + request.id() + "/file",
                request.failure() == null ? null : request.failure().current(), request.requestedAt(),
                request.finishedAt());
    }
}

package kz.legalstat.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

import kz.legalstat.account.Account;
import kz.legalstat.report.CatalogueEntry;

/**
 * A written report of the catalogue as the API tells it, in the order's names; the file's place on the server only
 * to operators.
 */
@Schema(name = "CatalogueEntry", requiredProperties = {"id", "report", "period", "language", "asOf", "fileName",
        "sha256", "rows", "requestedBy", "createdAt"})
record CatalogueItem(long id, @Schema(allowableValues = {"supervision-acts", "overdue-acts", "data-quality",
                             "special-records"}) String report,
                     @Schema(type = "string", example = "2026-10") String period,
                     @Schema(allowableValues = {"kk", "ru"}) String language,
                     @Schema(description = "two-digit region code; null for the republic") String region,
                     LocalDate asOf,
                     @Schema(description = "the name the download offers") String fileName, String sha256,
                     @Schema(description = "data rows written, per table of the report") Map<String, Long> rows,
                     String requestedBy, OffsetDateTime createdAt,
                     @Schema(description = "operators only: where the file is on the server")
                     @JsonInclude(JsonInclude.Include.NON_NULL) String serverPath) {

    static CatalogueItem of(CatalogueEntry entry, String fileName, Account account) {
        return new CatalogueItem(entry.id(), entry.report(), entry.period().toString().substring(0, 7), entry.lang(),
                entry.regionCode(), entry.asOf(), fileName, entry.sha256(), entry.rows(), entry.requestedBy(),
                entry.createdAt(), account.mayOperate() ? entry.filePath() : null);
    }
}

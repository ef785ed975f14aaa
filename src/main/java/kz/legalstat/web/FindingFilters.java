package kz.legalstat.web;

import java.util.List;
import java.util.Locale;

import kz.legalstat.quality.Findings;
import kz.legalstat.quality.RuleCatalogue;
import kz.legalstat.reference.Severity;

/**
 * The filters of the findings as a person or a program gives them, checked: a rule, a severity or an order the
 * catalogue does not have is refused with the values allowed, never silently ignored.
 */
final class FindingFilters {

    private FindingFilters() {
    }

    /** A rule of the catalogue, or null for any. */
    static String rule(String text, List<RuleCatalogue.Rule> rules) {
        if (blank(text)) {
            return null;
        }
        String id = text.trim();
        if (rules.stream().noneMatch(r -> r.id().equals(id))) {
            throw WebRequestException.badRequest("web.error.rule-unknown", id);
        }
        return id;
    }

    /** ERROR, WARNING or INFO, or null for any. */
    static String severity(String text) {
        if (blank(text)) {
            return null;
        }
        return Severity.parse(text).map(Severity::name).orElseThrow(() -> WebRequestException.badRequest(
                "web.error.severity", text, java.util.Arrays.stream(Severity.values()).map(Severity::name)
                        .collect(java.util.stream.Collectors.joining(", "))));
    }

    /** severity (default), unit, rule or file. */
    static Findings.Order order(String text) {
        if (blank(text)) {
            return Findings.Order.SEVERITY;
        }
        try {
            return Findings.Order.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WebRequestException.badRequest("web.error.sort", text, "severity, unit, rule, file");
        }
    }

    /** A page number from 1. */
    static int page(String text) {
        if (blank(text)) {
            return 1;
        }
        try {
            int page = Integer.parseInt(text.trim());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw WebRequestException.badRequest("web.error.page", text);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

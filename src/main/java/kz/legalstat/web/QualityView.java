package kz.legalstat.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import kz.legalstat.i18n.Lang;
import kz.legalstat.quality.FindingWords;
import kz.legalstat.quality.Findings;
import kz.legalstat.quality.RuleCatalogue;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.SubmissionKind;
import kz.legalstat.reference.Unit;

import org.springframework.context.MessageSource;

/**
 * The data-quality page's filters as chosen, and the findings put into words for it: rule and column names instead
 * of codes, days as dd.mm.yyyy, links that keep every filter while changing one.
 */
record QualityView(YearMonth period, String region, String unit, String rule, String severity, Findings.Order order,
                   int page, int pages, long total, int pageSize) {

    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /** A finding as the page shows it. */
    record Row(String ruleId, String ruleName, String severity, String unitCode, String unitName, String fileName,
               Integer rowNumber, String actId, String column, String value, String message) {

        /** The unit by code and name; a dash for a finding on no unit (a file whose name names none). */
        public String unit() {
            return unitCode == null ? "—" : unitName == null ? unitCode : unitCode + " " + unitName;
        }
    }

    /** Findings of a rule (of a severity), all regions together. */
    record RuleCount(String ruleId, String name, String severity, long findings) {
    }

    /** Findings in a region (code null: outside every region). */
    record RegionCount(String code, String name, long findings) {
    }

    /** This page's address with one filter changed (null or blank: dropped); any change but the page's goes to page 1. */
    public String link(String key, Object changed) {
        String value = changed == null ? null : String.valueOf(changed);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("period", period.toString());
        query.put("region", region);
        query.put("unit", unit);
        query.put("rule", rule);
        query.put("severity", severity);
        query.put("sort", order == Findings.Order.SEVERITY ? null : order.name().toLowerCase(Locale.ROOT));
        // the page is kept by nothing but a link to another page: a filter or an order changed starts at page 1
        query.put("page", null);
        query.put(key, value);
        StringBuilder link = new StringBuilder("/quality");
        char separator = '?';
        for (var e : query.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                link.append(separator).append(e.getKey()).append('=')
                        .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return link.toString();
    }

    public long first() {
        return total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long last() {
        return Math.min(total, (long) page * pageSize);
    }

    List<RuleCount> byRule(List<Findings.Count> counts, List<RuleCatalogue.Rule> rules, Lang lang) {
        Map<String, Long> byRule = new LinkedHashMap<>();
        counts.forEach(c -> byRule.merge(c.ruleId() + "|" + c.severity(), c.findings(), Long::sum));
        return byRule.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> {
                    String[] key = e.getKey().split("\\|");
                    return new RuleCount(key[0], ruleName(key[0], rules, lang), key[1], e.getValue());
                }).toList();
    }

    List<RegionCount> byRegion(List<Findings.Count> counts, ReferenceData reference, Lang lang) {
        Map<String, Long> byRegion = new LinkedHashMap<>();
        counts.forEach(c -> byRegion.merge(c.regionCode() == null ? "" : c.regionCode(), c.findings(), Long::sum));
        return byRegion.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> reference.unit(e.getKey()).map(Unit::sortOrder)
                        .orElse(Integer.MAX_VALUE)))
                .map(e -> new RegionCount(e.getKey().isEmpty() ? null : e.getKey(),
                        reference.unit(e.getKey()).map(u -> u.name(lang)).orElse(null), e.getValue()))
                .toList();
    }

    Row row(Findings.Finding f, List<RuleCatalogue.Rule> rules, ReferenceData reference, MessageSource messages,
            Locale locale, FindingWords words) {
        Lang lang = Lang.of(locale);
        return new Row(f.ruleId(), ruleName(f.ruleId(), rules, lang), f.severity(), f.unitCode(),
                f.unitCode() == null ? null : reference.unit(f.unitCode()).map(u -> u.name(lang)).orElse(null),
                f.fileName(), f.rowNumber(), f.actId(), words.of(f.columnName()),
                SubmissionKind.of(f.value()).map(k -> messages.getMessage("web.kind." + k.code(), null, k.code(), locale))
                        .orElse(words.of(days(f.value()))), words.of(days(f.message(lang))));
    }

    private static String ruleName(String id, List<RuleCatalogue.Rule> rules, Lang lang) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().map(r -> r.name(lang)).orElse(id);
    }

    /** Days as the office writes them: 2026-10-15 becomes 15.10.2026. */
    static String days(String text) {
        return text == null ? null : ISO_DAY.matcher(text).replaceAll("$3.$2.$1");
    }
}

package kz.legalstat.reference;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.legalstat.i18n.Lang;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units and code lists as the database holds them, read once per run: they change by migration or
 * reference reload, never in the middle of a job.
 */
@Component
public class ReferenceData {

    private final Map<String, Unit> units;
    private final Map<String, Map<String, CodeName>> codes;

    ReferenceData(JdbcClient jdbc) {
        this.units = jdbc.sql("SELECT code, parent_code, sort_order, name_kk, name_ru FROM unit")
                .query(Unit.class).stream()
                .sorted(officialOrder())
                .collect(Collectors.toMap(Unit::code, u -> u, (a, b) -> a, LinkedHashMap::new));
        this.codes = jdbc.sql("SELECT domain, code, name_kk, name_ru FROM code_list ORDER BY domain, sort_order")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .stream()
                .collect(Collectors.groupingBy(r -> r[0], LinkedHashMap::new,
                        Collectors.toMap(r -> r[1], r -> new CodeName(r[2], r[3]), (a, b) -> a, LinkedHashMap::new)));
    }

    /** Regions in the official order, each followed by its districts in their order. */
    private Comparator<Unit> officialOrder() {
        return Comparator.comparingInt((Unit u) -> regionSort(u))
                .thenComparing(u -> !u.isRegion())
                .thenComparingInt(Unit::sortOrder);
    }

    private int regionSort(Unit unit) {
        return unit.isRegion() ? unit.sortOrder() : -1;
    }

    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    /** The 20 region-level units in the official order of domain.md. */
    public List<Unit> regions() {
        return units.values().stream().filter(Unit::isRegion)
                .sorted(Comparator.comparingInt(Unit::sortOrder)).toList();
    }

    /** A region's own office first, then its district and city offices. */
    public List<Unit> unitsOf(String regionCode) {
        return units.values().stream().filter(u -> u.regionCode().equals(regionCode))
                .sorted(Comparator.comparing((Unit u) -> !u.isRegion()).thenComparingInt(Unit::sortOrder))
                .toList();
    }

    public List<Unit> allUnits() {
        return regions().stream().flatMap(r -> unitsOf(r.code()).stream()).toList();
    }

    /** Codes of one domain (ACT_TYPE, OUTCOME, ...) in their display order. */
    public Set<String> codes(String domain) {
        return codes.getOrDefault(domain, Map.of()).keySet();
    }

    public String codeName(String domain, String code, Lang lang) {
        CodeName name = codes.getOrDefault(domain, Map.of()).get(code);
        return name == null ? code : (lang == Lang.kk ? name.kk() : name.ru());
    }

    private record CodeName(String kk, String ru) {
    }
}

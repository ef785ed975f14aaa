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
 * The units and code lists as the database holds them: read at start, and read again before each job and each web
 * request when a units' list has been loaded since ({@link #refreshIfChanged}), here or on another server.
 */
@Component
public class ReferenceData {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    private record Snapshot(int version, Map<String, Unit> units, Map<String, Map<String, CodeName>> codes) {
    }

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.snapshot = read();
    }

    /** Reads the units again when a units' list has been loaded since they were read: one short query otherwise. */
    public void refreshIfChanged() {
        if (version() != snapshot.version()) {
            snapshot = read();
        }
    }

    private int version() {
        return jdbc.sql("SELECT max(version) FROM unit_list").query(Integer.class).single();
    }

    /** The version first: a list loaded meanwhile leaves it behind the units, to be read again at the next check. */
    private Snapshot read() {
        int version = version();
        Map<String, Unit> units = jdbc
                .sql("SELECT code, parent_code, sort_order, name_kk, name_ru, closed_from FROM unit")
                .query(Unit.class).list().stream()
                .sorted(officialOrder())
                .collect(Collectors.toMap(Unit::code, u -> u, (a, b) -> a, LinkedHashMap::new));
        Map<String, Map<String, CodeName>> codes = jdbc
                .sql("SELECT domain, code, name_kk, name_ru FROM code_list ORDER BY domain, sort_order")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list().stream()
                .collect(Collectors.groupingBy(r -> r[0], LinkedHashMap::new,
                        Collectors.toMap(r -> r[1], r -> new CodeName(r[2], r[3]), (a, b) -> a, LinkedHashMap::new)));
        return new Snapshot(version, units, codes);
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
        return Optional.ofNullable(snapshot.units().get(code));
    }

    /** The region-level units in the official order of domain.md, closed ones too: their months stay. */
    public List<Unit> regions() {
        return snapshot.units().values().stream().filter(Unit::isRegion)
                .sorted(Comparator.comparingInt(Unit::sortOrder)).toList();
    }

    /** A region's own office first, then its district and city offices. */
    public List<Unit> unitsOf(String regionCode) {
        return snapshot.units().values().stream().filter(u -> u.regionCode().equals(regionCode))
                .sorted(Comparator.comparing((Unit u) -> !u.isRegion()).thenComparingInt(Unit::sortOrder))
                .toList();
    }

    public List<Unit> allUnits() {
        return regions().stream().flatMap(r -> unitsOf(r.code()).stream()).toList();
    }

    /** Codes of one domain (ACT_TYPE, OUTCOME, ...) in their display order. */
    public Set<String> codes(String domain) {
        return snapshot.codes().getOrDefault(domain, Map.of()).keySet();
    }

    public String codeName(String domain, String code, Lang lang) {
        CodeName name = snapshot.codes().getOrDefault(domain, Map.of()).get(code);
        return name == null ? code : (lang == Lang.kk ? name.kk() : name.ru());
    }

    private record CodeName(String kk, String ru) {
    }
}

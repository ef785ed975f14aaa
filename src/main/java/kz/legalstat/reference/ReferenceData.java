package kz.legalstat.reference;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kz.legalstat.i18n.Bilingual;
import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.TypedName;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units and code lists as the database holds them: read at start, and read again before each job and each web
 * request when a units' list has been loaded since ({@link #refreshIfChanged}), here or on another server.
 * <p>
 * A unit is as its latest list has it ({@link #unit}); a month's units are those the list in force in the month
 * holds, named as it names them ({@link #unitsIn}, {@link #unitAsOf}).
 */
@Component
public class ReferenceData {

    /** An explanation in brackets at the end of a name. */
    private static final Pattern WITHOUT_BRACKETS = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    private record Snapshot(int version, Map<String, Unit> units, List<InForce> lists,
                            Map<String, Map<String, CodeName>> codes, Map<String, Map<String, String>> codesByName) {
    }

    /** A units' list and the months it is in force, {@code from} null for the first, {@code to} null for the last. */
    private record InForce(YearMonth from, YearMonth to, Map<String, Unit> units) {

        boolean holdsMonth(YearMonth month) {
            return (from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to));
        }

        boolean overlaps(YearMonth first, YearMonth last) {
            return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
        }
    }

    /**
     * Why a unit is not in the list in force in a month: closed from {@code closedFrom}, null when no list before
     * held it; {@code listedFrom}, the month a later list holds it from, null when none does.
     */
    public record Unlisted(YearMonth closedFrom, YearMonth listedFrom) {
    }

    @Autowired // the one Spring uses; the other holds reference data in memory (inMemory)
    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.snapshot = read();
    }

    private ReferenceData(Snapshot snapshot) {
        this.jdbc = null;
        this.snapshot = snapshot;
    }

    /**
     * Reference data held in memory and read from nowhere: {@code units} as one list in force in every month, and
     * code lists by domain, each code with its names in Kazakh and Russian. It never changes. For the checks of rows,
     * headers and values in tests that have no database (the unit lane).
     */
    public static ReferenceData inMemory(List<Unit> units, Map<String, Map<String, Bilingual>> codeLists) {
        Map<String, Unit> byCode = units.stream().sorted(officialOrder())
                .collect(Collectors.toMap(Unit::code, u -> u, (a, b) -> a, LinkedHashMap::new));
        Map<String, Map<String, CodeName>> codes = new LinkedHashMap<>();
        codeLists.forEach((domain, names) -> {
            Map<String, CodeName> list = new LinkedHashMap<>();
            names.forEach((code, name) -> list.put(code, new CodeName(name.kk(), name.ru())));
            codes.put(domain, list);
        });
        return new ReferenceData(new Snapshot(0, byCode, List.of(new InForce(null, null, byCode)), codes,
                codesByName(codes)));
    }

    /** Reads the units again when a units' list has been loaded since they were read: one short query otherwise. */
    public void refreshIfChanged() {
        if (jdbc != null && version() != snapshot.version()) {
            snapshot = read();
        }
    }

    private int version() {
        return jdbc.sql("SELECT max(version) FROM unit_list").query(Integer.class).single();
    }

    /** The version first: a list loaded meanwhile leaves it behind the units, to be read again at the next check. */
    private Snapshot read() {
        int version = version();
        Map<String, Unit> units = jdbc.sql("SELECT code, parent_code, sort_order, name_kk, name_ru FROM unit")
                .query(Unit.class).list().stream()
                .sorted(officialOrder())
                .collect(Collectors.toMap(Unit::code, u -> u, (a, b) -> a, LinkedHashMap::new));
        Map<Integer, InForce> lists = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT f.version, nullif(f.valid_from, '-infinity') AS valid_from,
                       nullif(f.valid_to, 'infinity') AS valid_to, l.code, l.sort_order, l.name_kk, l.name_ru
                FROM unit_list_in_force f JOIN unit_listed l ON l.version = f.version
                ORDER BY f.valid_from, l.code""")
                .query(rs -> {
                    YearMonth from = month(rs.getObject("valid_from", LocalDate.class));
                    YearMonth to = month(rs.getObject("valid_to", LocalDate.class));
                    InForce list = lists.computeIfAbsent(rs.getInt("version"),
                            v -> new InForce(from, to, new LinkedHashMap<>()));
                    String code = rs.getString("code");
                    list.units().put(code, new Unit(code, units.get(code).parentCode(), rs.getInt("sort_order"),
                            rs.getString("name_kk"), rs.getString("name_ru")));
                });
        Map<String, Map<String, CodeName>> codes = jdbc
                .sql("SELECT domain, code, name_kk, name_ru FROM code_list ORDER BY domain, sort_order")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list().stream()
                .collect(Collectors.groupingBy(r -> r[0], LinkedHashMap::new,
                        Collectors.toMap(r -> r[1], r -> new CodeName(r[2], r[3]), (a, b) -> a, LinkedHashMap::new)));
        return new Snapshot(version, units, List.copyOf(lists.values()), codes, codesByName(codes));
    }

    private static YearMonth month(LocalDate day) {
        return day == null ? null : YearMonth.from(day);
    }

    /** Regions in the official order, each followed by its districts in their order. */
    private static Comparator<Unit> officialOrder() {
        return Comparator.comparingInt((Unit u) -> regionSort(u))
                .thenComparing(u -> !u.isRegion())
                .thenComparingInt(Unit::sortOrder);
    }

    private static int regionSort(Unit unit) {
        return unit.isRegion() ? unit.sortOrder() : -1;
    }

    /** A unit as its latest list has it, closed ones too. */
    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(snapshot.units().get(code));
    }

    /** The region-level units in the official order (docs/reports.md), closed ones too: their months stay. */
    public List<Unit> regions() {
        return snapshot.units().values().stream().filter(Unit::isRegion)
                .sorted(Comparator.comparingInt(Unit::sortOrder)).toList();
    }

    /** A region's own office first, then its district and city offices, closed ones too. */
    public List<Unit> unitsOf(String regionCode) {
        return snapshot.units().values().stream().filter(u -> u.regionCode().equals(regionCode))
                .sorted(Comparator.comparing((Unit u) -> !u.isRegion()).thenComparingInt(Unit::sortOrder))
                .toList();
    }

    /** Every unit, closed ones too, in the official order. */
    public List<Unit> allUnits() {
        return regions().stream().flatMap(r -> unitsOf(r.code()).stream()).toList();
    }

    /** The units of the list loaded last, in the official order: those open from its month on. */
    public List<Unit> unitsListedLast() {
        List<InForce> lists = snapshot.lists();
        Map<String, Unit> last = lists.get(lists.size() - 1).units();
        return allUnits().stream().filter(u -> last.containsKey(u.code())).toList();
    }

    /**
     * The units of a region (of the republic when null) that the list in force in {@code month} holds, in the
     * official order and named as that list names them: those that reported for the month, or might have.
     */
    public List<Unit> unitsIn(YearMonth month, String regionCode) {
        Map<String, Unit> listed = inForce(month).units();
        return (regionCode == null ? allUnits() : unitsOf(regionCode)).stream()
                .filter(u -> listed.containsKey(u.code())).map(u -> listed.get(u.code())).toList();
    }

    /** Whether the list in force in {@code month} holds the unit: it reported for the month, or might have. */
    public boolean listedIn(String code, YearMonth month) {
        return inForce(month).units().containsKey(code);
    }

    /** Whether a list in force in some month from {@code first} to {@code last} holds the unit. */
    public boolean listedBetween(String code, YearMonth first, YearMonth last) {
        return snapshot.lists().stream().anyMatch(l -> l.overlaps(first, last) && l.units().containsKey(code));
    }

    /**
     * A unit named as of {@code month}: as the list in force then holds it, or, closed by then, as it was last
     * listed, or, listed only later, as it was first listed. The same rule as SQL's {@code unit_as_of}.
     */
    public Optional<Unit> unitAsOf(String code, YearMonth month) {
        Unit lastBefore = null;
        Unit firstAfter = null;
        for (InForce list : snapshot.lists()) {
            Unit unit = list.units().get(code);
            if (list.from() == null || !list.from().isAfter(month)) {
                lastBefore = unit != null ? unit : lastBefore;
            } else if (firstAfter == null) {
                firstAfter = unit;
            }
        }
        return Optional.ofNullable(lastBefore != null ? lastBefore : firstAfter);
    }

    /** The month a unit is closed from when the list loaded last does not hold it; empty while it does. */
    public Optional<YearMonth> closedFrom(String code) {
        List<InForce> lists = snapshot.lists();
        InForce last = lists.get(lists.size() - 1);
        // the first list holds every unit there was: one not in it came with a later list, which has a month
        return last.units().containsKey(code) || last.from() == null ? Optional.empty()
                : unlisted(code, last.from()).map(Unlisted::closedFrom);
    }

    /** Why a known unit is not in the list in force in {@code month}; empty when it is, or is not known at all. */
    public Optional<Unlisted> unlisted(String code, YearMonth month) {
        if (!snapshot.units().containsKey(code) || listedIn(code, month)) {
            return Optional.empty();
        }
        List<InForce> lists = snapshot.lists();
        Predicate<InForce> holdsIt = l -> l.units().containsKey(code);
        int current = indexInForce(month);
        YearMonth listedFrom = lists.subList(current, lists.size()).stream().filter(holdsIt).findFirst()
                .map(InForce::from).orElse(null);
        for (int i = current - 1; i >= 0; i--) {
            if (holdsIt.test(lists.get(i))) {
                return Optional.of(new Unlisted(lists.get(i + 1).from(), listedFrom));
            }
        }
        return Optional.of(new Unlisted(null, listedFrom));
    }

    private InForce inForce(YearMonth month) {
        return snapshot.lists().get(indexInForce(month));
    }

    private int indexInForce(YearMonth month) {
        List<InForce> lists = snapshot.lists();
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).holdsMonth(month)) {
                return i;
            }
        }
        throw new IllegalStateException("no units' list in force in " + month);
    }

    /** Codes of one domain (ACT_TYPE, OUTCOME, ...) in their display order. */
    public Set<String> codes(String domain) {
        return snapshot.codes().getOrDefault(domain, Map.of()).keySet();
    }

    /**
     * The code a unit means by a name it typed instead of the code: the code's Kazakh or Russian name, whole or
     * without its explanation in brackets («Требование» for «Требование (запрос, поручение)»), compared as
     * {@link TypedName} compares names. Empty when no code, or more than one, has that name.
     */
    public Optional<String> codeNamed(String domain, String typed) {
        return Optional.ofNullable(snapshot.codesByName().getOrDefault(domain, Map.of()).get(TypedName.key(typed)));
    }

    private static Map<String, Map<String, String>> codesByName(Map<String, Map<String, CodeName>> codes) {
        Map<String, Map<String, String>> byName = new HashMap<>();
        codes.forEach((domain, names) -> {
            Map<String, String> codeByKey = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            names.forEach((code, name) -> Stream.of(name.kk(), name.ru())
                    .flatMap(n -> Stream.of(n, WITHOUT_BRACKETS.matcher(n).replaceFirst("")))
                    .map(TypedName::key).filter(key -> !key.isEmpty()).distinct()
                    .forEach(key -> {
                        if (codeByKey.putIfAbsent(key, code) != null) {
                            ambiguous.add(key);
                        }
                    }));
            ambiguous.forEach(codeByKey::remove);
            byName.put(domain, Map.copyOf(codeByKey));
        });
        return Map.copyOf(byName);
    }

    public String codeName(String domain, String code, Lang lang) {
        CodeName name = snapshot.codes().getOrDefault(domain, Map.of()).get(code);
        return name == null ? code : (lang == Lang.kk ? name.kk() : name.ru());
    }

    private record CodeName(String kk, String ru) {
    }
}

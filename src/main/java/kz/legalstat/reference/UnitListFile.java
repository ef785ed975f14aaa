package kz.legalstat.reference;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A units' list: one line per reporting unit under the header {@code code;name_kk;name_ru;reports}, regions and
 * their district and city offices each in the order the reports show them; {@code reports} names what the unit must
 * send ({@code acts records form}, in any order, space or comma between), empty when nothing. CSV UTF-8, as Excel
 * saves it ({@link OfficeCsv}); every line's problems are found, not only the first.
 */
final class UnitListFile {

    /** Some hundreds of units: a file this large is not a units' list. */
    static final long MAX_BYTES = 1 << 20;

    static final List<String> HEADER = List.of("code", "name_kk", "name_ru", "reports");

    private static final Pattern CODE = Pattern.compile("[0-9]{2}([0-9]{2})?");
    private static final Pattern BETWEEN_KINDS = Pattern.compile("[\\s,;/]+");

    /** A unit as listed, with its place among the regions or among its region's offices (from 1). */
    record Listed(int line, String code, String nameKk, String nameRu, Set<String> reports, int sortOrder) {

        boolean isRegion() {
            return code.length() == 2;
        }

        String parentCode() {
            return isRegion() ? null : code.substring(0, 2);
        }
    }

    private UnitListFile() {
    }

    /** The units listed, each sending some of {@code kinds}; problems found are added to {@code problems}. */
    static List<Listed> read(Path file, Set<String> kinds, List<OfficeFileProblem> problems) {
        List<OfficeCsv.Line> lines = OfficeCsv.read(file, MAX_BYTES, HEADER, HEADER.size());
        if (lines.isEmpty()) {
            throw new OfficeFileRejectedException("units.file.empty", file);
        }
        Map<String, Listed> listed = new LinkedHashMap<>();
        Map<String, Integer> places = new HashMap<>();
        for (OfficeCsv.Line line : lines) {
            Listed unit = unit(line, kinds, places, problems);
            if (unit == null) {
                continue;
            }
            Listed earlier = listed.putIfAbsent(unit.code(), unit);
            if (earlier != null) {
                problems.add(new OfficeFileProblem(line.number(), "units.row.twice", unit.code(), earlier.line()));
            }
        }
        for (Listed unit : listed.values()) {
            if (!unit.isRegion() && !listed.containsKey(unit.parentCode())) {
                problems.add(new OfficeFileProblem(unit.line(), "units.row.no-region", unit.code(),
                        unit.parentCode()));
            }
        }
        return List.copyOf(listed.values());
    }

    /** The line's unit, or null when the line has a problem. */
    private static Listed unit(OfficeCsv.Line line, Set<String> kinds, Map<String, Integer> places,
                               List<OfficeFileProblem> problems) {
        int found = problems.size();
        String code = line.get("code").strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(new OfficeFileProblem(line.number(), "units.row.code", line.get("code")));
        }
        String nameKk = line.optional("name_kk");
        String nameRu = line.optional("name_ru");
        if (nameKk == null) {
            problems.add(new OfficeFileProblem(line.number(), "units.row.no-name", "name_kk"));
        }
        if (nameRu == null) {
            problems.add(new OfficeFileProblem(line.number(), "units.row.no-name", "name_ru"));
        }
        Set<String> reports = new LinkedHashSet<>();
        for (String kind : BETWEEN_KINDS.split(line.get("reports").strip().toLowerCase(Locale.ROOT))) {
            if (kind.isEmpty()) {
                continue;
            }
            if (kinds.contains(kind)) {
                reports.add(kind);
            } else {
                problems.add(new OfficeFileProblem(line.number(), "units.row.kind", kind, String.join(", ", kinds)));
            }
        }
        if (problems.size() > found) {
            return null;
        }
        // regions are placed among regions, offices among their region's offices
        int place = places.merge(code.length() == 2 ? "" : code.substring(0, 2), 1, Integer::sum);
        return new Listed(line.number(), code, nameKk, nameRu, reports, place);
    }
}

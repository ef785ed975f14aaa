package kz.legalstat.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
    }

    private UnitListFile() {
    }

    /** The units listed, each sending some of {@code kinds}; problems found are added to {@code problems}. */
    static List<Listed> read(Path file, Set<String> kinds, List<OfficeFileProblem> problems) {
        List<OfficeCsv.Line> lines = OfficeCsv.read(file, MAX_BYTES, HEADER, HEADER.size());
        if (lines.isEmpty()) {
            throw new OfficeFileRejectedException("units.file.empty", file);
        }
        List<OfficeFileProblem> found = new ArrayList<>();
        Map<String, Listed> listed = new LinkedHashMap<>();
        // every line with a unit code, its other mistakes or not: a code twice, or an office without its region,
        // is told as well
        Map<String, Integer> lineOfCode = new LinkedHashMap<>();
        Map<String, Integer> places = new HashMap<>();
        for (OfficeCsv.Line line : lines) {
            Listed unit = unit(line, kinds, places, found);
            String code = line.get("code").strip();
            if (!CODE.matcher(code).matches()) {
                continue;
            }
            Integer earlier = lineOfCode.putIfAbsent(code, line.number());
            if (earlier != null) {
                found.add(new OfficeFileProblem(line.number(), "units.row.twice", code, earlier));
            } else if (unit != null) {
                listed.put(code, unit);
            }
        }
        lineOfCode.forEach((code, line) -> {
            if (code.length() == 4 && !lineOfCode.containsKey(code.substring(0, 2))) {
                found.add(new OfficeFileProblem(line, "units.row.no-region", code, code.substring(0, 2)));
            }
        });
        found.sort(Comparator.comparingInt(OfficeFileProblem::line)); // stable: a line's problems keep their order
        problems.addAll(found);
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

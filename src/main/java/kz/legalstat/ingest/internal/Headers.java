package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kz.legalstat.i18n.Bilingual;
import kz.legalstat.i18n.Texts;
import kz.legalstat.i18n.TypedName;
import kz.legalstat.reference.Severity;

/**
 * A file's header: where it is, and which column each of its cells names. A cell names a column by its name as
 * docs/submissions.md writes it, or by its title in Kazakh or Russian ({@code column.<kind>.<name>} in the
 * bundles), whatever the language of the file's other cells: units keep registers with the titles their staff
 * read. Cells are compared as {@link TypedName} compares names, marks after a title aside.
 */
final class Headers {

    /** Title lines a header may have above it: a register's name, its month, a blank line, a form's number. */
    private static final int MAX_ROWS_ABOVE_HEADER = 10;
    private static final Pattern MARKS_AFTER = Pattern.compile("[\\s*:.]+$");

    private final Texts texts;
    private final Map<RowSchema, Map<String, String>> columnByKey = new HashMap<>();

    /** Where each column sits (-1 when an optional one is absent), and how many cells the header has. */
    record Found(int[] cellIndex, int width) {
    }

    Headers(Texts texts) {
        this.texts = texts;
        for (RowSchema schema : RowSchema.all()) {
            Map<String, String> columns = new HashMap<>();
            for (Column column : schema.columns()) {
                Bilingual title = title(schema, column);
                for (String name : new String[] {column.name(), title.kk(), title.ru()}) {
                    String earlier = columns.put(key(name), column.name());
                    if (earlier != null && !earlier.equals(column.name())) {
                        throw new IllegalStateException(schema.kind() + ": the header «" + name + "» would name both "
                                + earlier + " and " + column.name());
                    }
                }
            }
            columnByKey.put(schema, Map.copyOf(columns));
        }
    }

    /**
     * The header: the first line, or, when that names neither this kind's columns nor another kind's (a title, as
     * registers kept in Excel often have above their table), the first of the next rows that names every required
     * column, the lines above it skipped with a warning. Rows keep their numbers in the file either way. Cells
     * naming no column are warned about and ignored.
     */
    Found find(RowSchema schema, TableReader reader, FileIssues issues, String fileName)
            throws FileRejectedException, IOException {
        List<String> first = reader.header();
        if (!namesEveryRequiredColumn(schema, first) && otherKind(schema, first).isEmpty()) {
            for (int looked = 0; looked < MAX_ROWS_ABOVE_HEADER; looked++) {
                RawRow row = reader.next();
                if (row == null) {
                    break;
                }
                if (namesEveryRequiredColumn(schema, row.cells())) {
                    issues.add(new Issue(Severity.WARNING, null, null, null, "ingest.file.header-below",
                            texts.both("ingest.file.header-below", row.rowNumber(), shown(first))));
                    return new Found(cellIndex(schema, row.cells(), issues, fileName), row.cells().size());
                }
            }
        }
        return new Found(cellIndex(schema, first, issues, fileName), first.size());
    }

    private int[] cellIndex(RowSchema schema, List<String> header, FileIssues issues, String fileName)
            throws FileRejectedException {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (key(cell).isEmpty()) {
                continue;
            }
            Integer earlier = positions.putIfAbsent(columnOf(schema, cell), i);
            if (earlier != null) {
                throw new FileRejectedException("ingest.file.duplicate-column", columnOf(schema, cell),
                        "«" + header.get(earlier).strip() + "», «" + cell.strip() + "»");
            }
        }
        int[] index = new int[schema.columns().size()];
        List<Column> missing = new ArrayList<>();
        for (int c = 0; c < index.length; c++) {
            Column column = schema.columns().get(c);
            Integer position = positions.get(column.name());
            index[c] = position == null ? -1 : position;
            if (position == null && column.required()) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw missingColumns(schema, header, missing, fileName);
        }
        Map<String, String> known = columnByKey.get(schema);
        header.stream().filter(cell -> !key(cell).isEmpty() && !known.containsKey(key(cell)))
                .map(String::strip).forEach(unknown -> issues.add(new Issue(Severity.WARNING, null, unknown, null,
                        "ingest.file.unknown-column", texts.both("ingest.file.unknown-column", unknown))));
        return index;
    }

    /**
     * Required columns are missing: the unit is told what the file's first line holds instead, with the names and
     * titles it may head them with, or, when its columns are another kind's, that the file is of that kind under a
     * wrong name.
     */
    private FileRejectedException missingColumns(RowSchema schema, List<String> header, List<Column> missing,
                                                 String fileName) {
        Optional<RowSchema> other = otherKind(schema, header);
        if (other.isPresent()) {
            return new FileRejectedException("ingest.file.other-kind",
                    missing.stream().map(Column::name).collect(Collectors.joining(", ")), other.get().kind(),
                    schema.kind(), other.get().kind() + fileName.substring(schema.kind().length()));
        }
        String titled = missing.stream().map(column -> {
            Bilingual title = title(schema, column);
            return column.name() + Stream.of(title.ru(), title.kk()).distinct()
                    .collect(Collectors.joining("», «", " («", "»)"));
        }).collect(Collectors.joining(", "));
        return new FileRejectedException("ingest.file.missing-columns", titled, shown(header));
    }

    /** Whether a line names every required column of the kind: a header, wherever it stands. */
    boolean namesEveryRequiredColumn(RowSchema schema, List<String> cells) {
        Set<String> named = cells.stream().map(cell -> columnOf(schema, cell)).collect(Collectors.toSet());
        return schema.columns().stream().filter(Column::required).map(Column::name).allMatch(named::contains);
    }

    /** The kind whose required columns a header names, when it is not the file's. */
    private Optional<RowSchema> otherKind(RowSchema schema, List<String> cells) {
        return RowSchema.all().stream().filter(other -> other != schema && namesEveryRequiredColumn(other, cells))
                .findFirst();
    }

    /** The column a header cell names in a kind; for a cell naming none, the cell as compared. */
    private String columnOf(RowSchema schema, String cell) {
        String key = key(cell);
        return columnByKey.get(schema).getOrDefault(key, key);
    }

    private Bilingual title(RowSchema schema, Column column) {
        return texts.both(titleKey(schema, column));
    }

    /** The bundle key of a column's title, the header cell units may write instead of its name. */
    static String titleKey(RowSchema schema, Column column) {
        return "column." + schema.kind() + "." + column.name();
    }

    /**
     * A header cell as compared: as {@link TypedName} compares names, without the marks forms put after a title
     * (a required column's asterisk, a colon).
     */
    private static String key(String cell) {
        return MARKS_AFTER.matcher(TypedName.key(cell)).replaceFirst("");
    }

    /** A line's non-empty cells as the unit wrote them, joined by {@code ;}, cut to 200 characters. */
    private static String shown(List<String> cells) {
        String line = String.join("; ", cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
        return line.isEmpty() ? "—" : line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

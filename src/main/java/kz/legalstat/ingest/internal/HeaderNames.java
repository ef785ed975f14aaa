package kz.legalstat.ingest.internal;

import java.util.HashMap;
import java.util.Map;

import kz.legalstat.i18n.Bilingual;
import kz.legalstat.i18n.Texts;
import kz.legalstat.i18n.TypedName;

/**
 * The header cells each column is found by: its name as spec/submissions.md writes it, or its title in Kazakh or
 * Russian ({@code column.<kind>.<name>} in the bundles), whatever the language of the file's other cells. Units
 * keep registers with the titles their staff read; a cell is compared as {@link TypedName} compares names.
 */
final class HeaderNames {

    private final Texts texts;
    private final Map<RowSchema, Map<String, String>> columnByKey = new HashMap<>();

    HeaderNames(Texts texts) {
        this.texts = texts;
        for (RowSchema schema : RowSchema.all()) {
            Map<String, String> columns = new HashMap<>();
            for (Column column : schema.columns()) {
                Bilingual title = title(schema, column);
                for (String name : new String[] {column.name(), title.kk(), title.ru()}) {
                    String earlier = columns.put(TypedName.key(name), column.name());
                    if (earlier != null && !earlier.equals(column.name())) {
                        throw new IllegalStateException(schema.kind() + ": the header «" + name + "» would name both "
                                + earlier + " and " + column.name());
                    }
                }
            }
            columnByKey.put(schema, Map.copyOf(columns));
        }
    }

    /** The column a header cell names in a kind; for a cell naming none, the cell as compared. */
    String columnOf(RowSchema schema, String cell) {
        String key = TypedName.key(cell);
        return columnByKey.get(schema).getOrDefault(key, key);
    }

    /** Whether a header cell names a column of the kind. */
    boolean names(RowSchema schema, String cell) {
        return columnByKey.get(schema).containsKey(TypedName.key(cell));
    }

    Bilingual title(RowSchema schema, Column column) {
        return texts.both("column." + schema.kind() + "." + column.name());
    }
}

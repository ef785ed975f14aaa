package kz.legalstat.reference;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The units' list as the office keeps it (docs/operations.md: reference data it can reload, not code). A list is loaded whole
 * and holds from a month on: units it adds or renames, what each must send from that month, and the units it leaves
 * out closed from that month, never deleted, since their months stay. Refused whole, nothing changed, when the file
 * does not hold together or would close a unit that has sent data for that month or later.
 */
@Component
public class UnitList {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What each listed unit must send, from the list's {@code :dues}. */
    private static final String WANTED = """
            WITH wanted AS (SELECT * FROM jsonb_to_recordset(CAST(:dues AS jsonb)) AS w (code varchar, kind varchar))
            """;

    /**
     * A list loaded: the month it holds from, where it comes from, when it was loaded (office time), how many units it
     * holds, and how many of them it added, closed and renamed against the list loaded before it.
     */
    public record Version(int version, LocalDate validFrom, String source, LocalDateTime loadedAt, int units,
                          int added, int closed, int renamed) {
    }

    /** What a load changed, by unit code. */
    public record Loaded(int version, YearMonth from, int units, List<String> added, List<String> renamed,
                         List<String> closed, List<String> reopened, int duesStarted, int duesEnded) {

        /** The list loaded and what it changed, in a person's words. */
        public String text(Texts texts, Lang lang) {
            return texts.get(lang, "units.loaded", version, from.toString(), units, codes(added), codes(renamed),
                    codes(closed), codes(reopened), duesStarted, duesEnded);
        }

        private static String codes(List<String> codes) {
            return codes.isEmpty() ? "—" : String.join(", ", codes);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ReferenceData reference;
    private final SentMonths sent;

    UnitList(JdbcClient jdbc, PlatformTransactionManager transactions, ReferenceData reference, SentMonths sent) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.reference = reference;
        this.sent = sent;
    }

    /** Loads a units' list that holds from {@code from}; this process sees it at once, others before their next job. */
    public Loaded load(Path file, YearMonth from, String source) {
        if (source == null || source.isBlank()) {
            throw new OfficeFileRejectedException("units.source.missing");
        }
        List<OfficeFileProblem> problems = new ArrayList<>();
        List<UnitListFile.Listed> listed = UnitListFile.read(file, reference.codes("SUBMISSION_KIND"), problems);
        Loaded loaded = transaction.execute(status -> {
            // two loads take turns, and no one changes what this one compares the file with
            jdbc.sql("LOCK TABLE unit_list, unit, reporting_obligation IN SHARE ROW EXCLUSIVE MODE").update();
            Version last = versions().get(0);
            if (from.atDay(1).isBefore(last.validFrom())) {
                problems.add(new OfficeFileProblem(null, "units.from.before-last", from.toString(),
                        YearMonth.from(last.validFrom()).toString(), last.version()));
            }
            Map<String, Unit> before = jdbc.sql("SELECT code, parent_code, sort_order, name_kk, name_ru FROM unit")
                    .query(Unit.class).list().stream().collect(Collectors.toMap(Unit::code, Function.identity()));
            Set<String> open = Set.copyOf(jdbc.sql("SELECT code FROM unit_listed WHERE version = ?")
                    .param(last.version()).query(String.class).list());
            Set<String> codes = listed.stream().map(UnitListFile.Listed::code).collect(Collectors.toSet());
            List<String> closing = open.stream().filter(code -> !codes.contains(code)).sorted().toList();
            stillReporting(closing, from, before, problems);
            if (!problems.isEmpty()) {
                throw new OfficeFileRejectedException(problems);
            }
            return apply(listed, closing, before, open, from, source.strip(), last.version() + 1);
        });
        reference.refreshIfChanged();
        return loaded;
    }

    /** A unit that has sent data for {@code from} or later stays open: the list must keep it, or hold from later. */
    private void stillReporting(List<String> closing, YearMonth from, Map<String, Unit> units,
                                List<OfficeFileProblem> problems) {
        if (closing.isEmpty()) {
            return;
        }
        sent.firstFrom(closing, from).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(first -> new OfficeFileProblem(null, "units.close.still-reporting", first.getKey(),
                        units.get(first.getKey()).nameKk(), units.get(first.getKey()).nameRu(),
                        first.getValue().toString(), from.toString()))
                .forEach(problems::add);
    }

    private Loaded apply(List<UnitListFile.Listed> listed, List<String> closing, Map<String, Unit> before,
                         Set<String> open, YearMonth from, String source, int version) {
        LocalDate first = from.atDay(1);
        String units = json(listed.stream().map(u -> Map.of("code", u.code(), "sort_order", u.sortOrder(),
                "name_kk", u.nameKk(), "name_ru", u.nameRu())).toList());
        // a unit is as its latest list names it; the list keeps how it named it, for the months it is in force
        jdbc.sql("""
                INSERT INTO unit (code, parent_code, sort_order, name_kk, name_ru)
                SELECT code, CASE WHEN length(code) = 4 THEN left(code, 2) END, sort_order, name_kk, name_ru
                FROM jsonb_to_recordset(CAST(:units AS jsonb))
                     AS f (code varchar, sort_order integer, name_kk text, name_ru text)
                ON CONFLICT (code) DO UPDATE SET sort_order = excluded.sort_order, name_kk = excluded.name_kk,
                                                 name_ru = excluded.name_ru""")
                .param("units", units).update();
        jdbc.sql("INSERT INTO unit_list (version, valid_from, source) VALUES (:version, :from, :source)")
                .param("version", version).param("from", first).param("source", source).update();
        jdbc.sql("""
                INSERT INTO unit_listed (version, code, sort_order, name_kk, name_ru)
                SELECT :version, code, sort_order, name_kk, name_ru
                FROM jsonb_to_recordset(CAST(:units AS jsonb))
                     AS f (code varchar, sort_order integer, name_kk text, name_ru text)""")
                .param("version", version).param("units", units).update();
        String dues = json(listed.stream().flatMap(u -> u.reports().stream()
                .map(kind -> Map.of("code", u.code(), "kind", kind))).toList());
        // what the list no longer asks for ends with the month before it; what began with its own month never was
        int ended = jdbc.sql(WANTED + """
                DELETE FROM reporting_obligation o
                WHERE o.valid_to IS NULL AND o.valid_from >= :from
                  AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.code = o.unit_code AND w.kind = o.kind)""")
                .param("dues", dues).param("from", first).update();
        ended += jdbc.sql(WANTED + """
                UPDATE reporting_obligation o SET valid_to = CAST(:from AS date) - 1
                WHERE o.valid_to IS NULL
                  AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.code = o.unit_code AND w.kind = o.kind)""")
                .param("dues", dues).param("from", first).update();
        int started = jdbc.sql(WANTED + """
                INSERT INTO reporting_obligation (unit_code, kind, valid_from)
                SELECT w.code, w.kind, :from FROM wanted w
                WHERE NOT EXISTS (SELECT 1 FROM reporting_obligation o
                                  WHERE o.unit_code = w.code AND o.kind = w.kind AND o.valid_to IS NULL)""")
                .param("dues", dues).param("from", first).update();
        List<String> added = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        List<String> reopened = new ArrayList<>();
        for (UnitListFile.Listed unit : listed) {
            Unit was = before.get(unit.code());
            if (was == null) {
                added.add(unit.code());
            } else {
                if (!was.nameKk().equals(unit.nameKk()) || !was.nameRu().equals(unit.nameRu())) {
                    renamed.add(unit.code());
                }
                if (!open.contains(unit.code())) {
                    reopened.add(unit.code());
                }
            }
        }
        return new Loaded(version, from, listed.size(), added, renamed, closing, reopened, started, ended);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** The lists loaded, the last first, each against the one loaded before it (numbers follow each other). */
    public List<Version> versions() {
        return jdbc.sql("""
                SELECT l.version, l.valid_from, l.source, l.loaded_at AT TIME ZONE 'Asia/Almaty' AS loaded_at,
                       (SELECT count(*) FROM unit_listed n WHERE n.version = l.version) AS units,
                       (SELECT count(*) FROM unit_listed n WHERE n.version = l.version AND l.version > 1
                          AND NOT EXISTS (SELECT 1 FROM unit_listed b
                                          WHERE b.version = l.version - 1 AND b.code = n.code)) AS added,
                       (SELECT count(*) FROM unit_listed b WHERE b.version = l.version - 1
                          AND NOT EXISTS (SELECT 1 FROM unit_listed n
                                          WHERE n.version = l.version AND n.code = b.code)) AS closed,
                       (SELECT count(*) FROM unit_listed n
                          JOIN unit_listed b ON b.version = l.version - 1 AND b.code = n.code
                         WHERE n.version = l.version AND (n.name_kk, n.name_ru) <> (b.name_kk, b.name_ru)) AS renamed
                FROM unit_list l ORDER BY l.version DESC""").query(Version.class).list();
    }

    /**
     * The list in force as a units' list file (UTF-8 with BOM, {@code ;}, as Excel opens it), with what each unit
     * must send: loaded back from the month it holds from, it changes nothing.
     */
    public byte[] export() {
        return export(versions().get(0).version());
    }

    /**
     * A list loaded, as a units' list file: its units as it named them, in its order, each with what it had to send
     * in the list's first month. Refused when no list has that number, naming the numbers there are.
     */
    public byte[] export(int version) {
        List<List<String>> lines = jdbc.sql("""
                SELECT l.code, l.name_kk, l.name_ru,
                       (SELECT coalesce(string_agg(o.kind, ' ' ORDER BY k.sort_order), '')
                        FROM reporting_obligation o
                        JOIN code_list k ON k.domain = 'SUBMISSION_KIND' AND k.code = o.kind
                        WHERE o.unit_code = l.code AND o.valid_from <= f.valid_from
                          AND (o.valid_to IS NULL OR o.valid_to >= f.valid_from)) AS reports
                FROM unit_list f
                JOIN unit_listed l ON l.version = f.version
                JOIN unit_listed r ON r.version = f.version AND r.code = left(l.code, 2)
                WHERE f.version = :version
                ORDER BY r.sort_order, length(l.code), l.sort_order""")
                .param("version", version)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        if (lines.isEmpty()) {
            throw new OfficeFileRejectedException("units.list.unknown", version, versions().get(0).version());
        }
        return OfficeCsv.write(UnitListFile.HEADER, lines);
    }
}

package kz.legalstat.terms;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.legalstat.reference.OfficeCsv;
import kz.legalstat.reference.OfficeFileProblem;

/**
 * A terms file: the whole set of term versions, one per line, under the header {@link #HEADER} (its last column,
 * the legal basis in Kazakh, may be left out). CSV UTF-8 as Excel saves it ({@link OfficeCsv}). Every line's problems are found, and two versions in force on the same day for the
 * same act type and addressee kind are named with both their lines.
 */
final class TermFile {

    /** The whole law has a few dozen versions: a file this large is not a terms file. */
    static final long MAX_BYTES = 1 << 20;

    static final List<String> HEADER = List.of("act_type", "addressee_kind", "valid_from", "valid_to", "term",
            "term_unit", "min_term", "max_term", "report_term", "report_term_unit", "legal_basis", "legal_basis_kk");

    /** The columns a file must have: all but the Kazakh legal basis. */
    static final int REQUIRED = HEADER.size() - 1;

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            SHOWN.withResolverStyle(ResolverStyle.STRICT));

    private TermFile() {
    }

    /** The file's versions; problems found are added to {@code problems}. */
    static List<TermVersion> read(Path file, Set<String> actTypes, Set<String> addresseeKinds,
                                  List<OfficeFileProblem> problems) {
        List<TermVersion> versions = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (OfficeCsv.Line line : OfficeCsv.read(file, MAX_BYTES, HEADER, REQUIRED)) {
            Line read = new Line(line, problems);
            TermVersion version = read.version(actTypes, addresseeKinds);
            if (version == null) {
                continue;
            }
            for (int i = 0; i < versions.size(); i++) {
                if (versions.get(i).overlaps(version)) {
                    problems.add(new OfficeFileProblem(line.number(), "terms.row.overlap", version.actType(),
                            version.addresseeKind() == null ? "*" : version.addresseeKind(), lines.get(i)));
                }
            }
            versions.add(version);
            lines.add(line.number());
        }
        if (versions.isEmpty() && problems.isEmpty()) {
            problems.add(new OfficeFileProblem(null, "terms.file.empty"));
        }
        return versions;
    }

    /** One line being read: its fields, each checked, its problems added as they are found. */
    private record Line(OfficeCsv.Line line, List<OfficeFileProblem> problems) {

        TermVersion version(Set<String> actTypes, Set<String> addresseeKinds) {
            int found = problems.size();
            String actType = code("act_type", actTypes, false);
            String addresseeKind = code("addressee_kind", addresseeKinds, true);
            LocalDate validFrom = date("valid_from", false);
            LocalDate validTo = date("valid_to", true);
            Integer term = number("term");
            TermUnit termUnit = unit("term_unit", term);
            Integer minTerm = number("min_term");
            Integer maxTerm = number("max_term");
            Integer reportTerm = number("report_term");
            TermUnit reportTermUnit = unit("report_term_unit", reportTerm);
            String legalBasis = line.optional("legal_basis");
            if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
                problem("terms.row.valid-to-before", SHOWN.format(validTo), SHOWN.format(validFrom));
            }
            if (minTerm != null && maxTerm != null && minTerm > maxTerm) {
                problem("terms.row.min-over-max", minTerm, maxTerm);
            }
            if (legalBasis == null) {
                problem("terms.row.basis");
            }
            return problems.size() > found ? null : new TermVersion(actType, addresseeKind, validFrom, validTo, term,
                    termUnit, minTerm, maxTerm, reportTerm, reportTermUnit, legalBasis, line.optional("legal_basis_kk"));
        }

        private String code(String column, Set<String> codes, boolean optional) {
            String text = line.optional(column);
            if (text == null) {
                if (!optional) {
                    problem("terms.row.missing", column);
                }
                return null;
            }
            String code = text.toUpperCase(Locale.ROOT);
            if (!codes.contains(code)) {
                problem("terms.row.code", column, text, String.join(", ", codes.stream().sorted().toList()));
            }
            return code;
        }

        private LocalDate date(String column, boolean optional) {
            String text = line.optional(column);
            if (text == null) {
                if (!optional) {
                    problem("terms.row.missing", column);
                }
                return null;
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(text, format);
                } catch (DateTimeParseException notThisForm) {
                    // the next form
                }
            }
            problem("terms.row.date", column, text);
            return null;
        }

        private Integer number(String column) {
            String text = line.optional(column);
            if (text == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(text);
                if (number > 0 && number <= 3660) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // told below
            }
            problem("terms.row.number", column, text);
            return null;
        }

        /** The unit of a term: required with the term, and nothing without one. */
        private TermUnit unit(String column, Integer term) {
            String text = line.optional(column);
            if (text == null) {
                if (term != null) {
                    problem("terms.row.unit-missing", column);
                }
                return null;
            }
            TermUnit unit = TermUnit.parse(text).orElse(null);
            if (unit == null) {
                problem("terms.row.unit", column, text);
            } else if (term == null && line.optional(column.replace("_unit", "")) == null) {
                problem("terms.row.unit-without-term", column, text);
            }
            return unit;
        }

        private void problem(String key, Object... args) {
            problems.add(new OfficeFileProblem(line.number(), key, args));
        }
    }
}

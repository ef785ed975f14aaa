package kz.legalstat.terms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * One hand-worked case of {@code terms/DeadlineCasesTest.csv}: an act, the terms it runs on ({@code law} as shipped,
 * or {@code extended} with the test's versions, see {@link DeadlineOracle}), and what the law makes of it, worked out
 * by hand on the official calendar (its {@code why}). Status columns are filled where the case is about a status.
 */
record DeadlineCase(String id, boolean extended, DeadlineOracle.Act act, LocalDate deadline, LocalDate reportDeadline,
                    boolean provisional, LocalDate asOf, DeadlineOracle.Status status, Integer daysLate, String why) {

    static List<DeadlineCase> all() {
        try (InputStream in = DeadlineCase.class.getResourceAsStream("/terms/DeadlineCasesTest.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                    .map(DeadlineCase::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DeadlineCase parse(String line) {
        String[] c = line.split(";", 16);
        if (c.length != 16) {
            throw new IllegalArgumentException("a case has 16 columns: " + line);
        }
        DeadlineOracle.Act act = new DeadlineOracle.Act(c[2], c[3], date(c[4]), date(c[5]),
                c[6].isEmpty() ? null : Integer.valueOf(c[6]), date(c[7]), date(c[8]));
        return new DeadlineCase(c[0], c[1].equals("extended"), act, date(c[9]), date(c[10]), c[11].equals("true"),
                date(c[12]), c[13].isEmpty() ? null : DeadlineOracle.Status.valueOf(c[13]),
                c[14].isEmpty() ? null : Integer.valueOf(c[14]), c[15]);
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    @Override
    public String toString() {
        return id + " (" + why + ")";
    }
}

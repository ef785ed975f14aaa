package kz.legalstat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kz.legalstat.ingest.SubmissionColumns;
import kz.legalstat.reference.SubmissionKind;
import kz.legalstat.reference.Unit;

import org.springframework.util.FileSystemUtils;

/**
 * A national month of valid submissions, written fast and straight to disk: acts spread over every unit,
 * records over the regions, and a form per unit; UTF-8, {@code ;}, ISO dates, as most units send them.
 */
final class BenchFiles {

    static final String ACT_HEADER = String.join(";", SubmissionColumns.of(SubmissionKind.ACTS));
    static final String RECORD_HEADER = String.join(";", SubmissionColumns.of(SubmissionKind.RECORDS));
    private static final String[] TYPES = {"SUBMISSION", "PROTEST", "WARNING", "DEMAND", "INSTRUCTION", "EXPLANATION"};
    private static final String[] OUTCOMES = {"SATISFIED", "PARTIALLY_SATISFIED", "REJECTED", "WITHDRAWN"};
    private static final String[] SPHERES = {"ECONOMY", "SOCIAL_SPHERE", "CRIMINAL_PROCEEDINGS", "OTHER"};
    private static final String[] CATEGORIES = {"MISDEMEANOR", "MINOR", "MEDIUM", "GRAVE", "ESPECIALLY_GRAVE"};

    private BenchFiles() {
    }

    record Written(List<Path> acts, List<Path> records, long bytes) {
    }

    static Written write(Path inbox, YearMonth period, List<Unit> units, List<Unit> regions, long acts, long records)
            throws IOException {
        // the bench's own folder, emptied first: a file left by an earlier run would be collected with this one's
        FileSystemUtils.deleteRecursively(inbox);
        Files.createDirectories(inbox);
        Random random = new Random(7);
        List<Path> actFiles = new ArrayList<>();
        List<Path> recordFiles = new ArrayList<>();
        long bytes = 0;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            long rows = acts / units.size() + (u < acts % units.size() ? 1 : 0);
            Path file = inbox.resolve("acts_" + unit.code() + "_" + period + ".csv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(ACT_HEADER);
                out.write('\n');
                for (long i = 0; i < rows; i++) {
                    out.write(actRow(random, unit, period, i));
                }
            }
            actFiles.add(file);
            bytes += Files.size(file);
            Path form = inbox.resolve("form_" + unit.code() + "_" + period + ".csv");
            Files.writeString(form, "unit_code;indicator;value\n" + unit.code() + ";ACTS.PERSONS_DISCIPLINED;0\n");
        }
        for (int r = 0; r < regions.size(); r++) {
            Unit region = regions.get(r);
            long rows = records / regions.size() + (r < records % regions.size() ? 1 : 0);
            Path file = inbox.resolve("records_" + region.code() + "_" + period + ".csv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(RECORD_HEADER);
                out.write('\n');
                for (long i = 0; i < rows; i++) {
                    LocalDate registered = period.atDay(1 + random.nextInt(period.lengthOfMonth()));
                    boolean decided = random.nextBoolean();
                    out.write(String.format("%s-%s-%09d;%s;%s;188-%d;%s;%s;%s%n", region.code(), period, i,
                            region.code(),
                            registered, 1 + random.nextInt(4), CATEGORIES[random.nextInt(CATEGORIES.length)],
                            decided ? "SENT_TO_COURT" : "INVESTIGATION", decided ? registered.plusDays(3) : ""));
                }
            }
            recordFiles.add(file);
            bytes += Files.size(file);
        }
        return new Written(actFiles, recordFiles, bytes);
    }

    /**
     * One region's register of {@code acts} acts in one file, as a region or the national office may send a month
     * whole: the acts of the region and of its districts, in turn.
     */
    static Path oneRegister(Path inbox, YearMonth period, Unit region, List<Unit> units, long acts)
            throws IOException {
        FileSystemUtils.deleteRecursively(inbox);
        Files.createDirectories(inbox);
        List<Unit> ofRegion = units.stream().filter(u -> u.regionCode().equals(region.code())).toList();
        Random random = new Random(11);
        Path file = inbox.resolve("acts_" + region.code() + "_" + period + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ACT_HEADER);
            out.write('\n');
            for (long i = 0; i < acts; i++) {
                out.write(actRow(random, ofRegion.get((int) (i % ofRegion.size())), period, i));
            }
        }
        return file;
    }

    private static String actRow(Random random, Unit unit, YearMonth period, long i) {
        LocalDate issued = period.atDay(1 + random.nextInt(Math.min(20, period.lengthOfMonth())));
        LocalDate received = issued.plusDays(random.nextInt(3));
        boolean considered = random.nextInt(10) < 7;
        String type = TYPES[random.nextInt(TYPES.length)];
        String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
        LocalDate consideredOn = received.plusDays(1 + random.nextInt(8));
        return unit.code() + "/" + period + "-" + i + ';' + unit.code() + ';' + type + ';' + issued + ";STATE_BODY;"
                + "\"Акимат " + unit.nameRu() + ", отдел № " + (i % 40) + "\";" + SPHERES[random.nextInt(SPHERES.length)]
                + ';' + received + ';' + ("SUBMISSION".equals(type) ? "30" : "") + ';'
                + (considered ? consideredOn.toString() : "") + ';' + (considered ? outcome : "") + ';'
                + (considered && "SUBMISSION".equals(type) ? consideredOn.plusDays(2).toString() : "") + ';'
                + (considered ? String.valueOf(random.nextInt(3)) : "") + ";;"
                + (considered && random.nextInt(5) == 0 ? "1 250 000,50" : "") + ";\n";
    }
}

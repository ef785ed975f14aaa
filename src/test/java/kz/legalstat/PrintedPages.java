package kz.legalstat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks as they come out of a printer: LibreOffice prints them to PDF, poppler's pdftotext gives every word on
 * every page with its box. A word's box is about 1.3 times its font size, whatever the font: the height of 8-point
 * text is measured on a workbook of 8-point text printed the same way, not assumed.
 */
public final class PrintedPages {

    /** What to install where a tool is missing: CI must fail, not skip. */
    public static final String TOOLS = "LibreOffice, poppler and the Carlito font (metric twin of Excel's Calibri); "
            + "on Debian: apt-get install libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito";

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    /** One printed page: its words and the height of each word's box, in points. */
    public record Page(List<String> words, List<Double> heights) {

        public double medianHeight() {
            List<Double> sorted = heights.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }

        public String text() {
            return String.join(" ", words);
        }
    }

    private PrintedPages() {
    }

    public static void assertToolsInstalled() {
        assertThat(Files.isExecutable(Path.of("/usr/bin/soffice")) && Files.isExecutable(Path.of("/usr/bin/pdftotext")))
                .as("printing needs " + TOOLS).isTrue();
    }

    /** Prints the workbooks to PDF in {@code folder} in one run of LibreOffice; returns the PDFs, in order. */
    public static List<Path> print(Path folder, List<Path> workbooks) throws IOException, InterruptedException {
        assertToolsInstalled();
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>(List.of("/usr/bin/soffice",
                "-env:UserInstallation=file://" + folder.resolve("profile"), "--headless", "--convert-to", "pdf",
                "--outdir", folder.toString()));
        workbooks.forEach(w -> command.add(w.toString()));
        Path log = folder.resolve("soffice.log");
        Process office = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(office.waitFor(600, TimeUnit.SECONDS)).as("LibreOffice printed in time").isTrue();
        assertThat(office.exitValue()).as(Files.readString(log)).isZero();
        List<Path> pdfs = new ArrayList<>();
        for (Path workbook : workbooks) {
            Path pdf = folder.resolve(workbook.getFileName().toString().replaceAll("\\.xlsx$", ".pdf"));
            assertThat(pdf).as(Files.readString(log)).exists();
            pdfs.add(pdf);
        }
        return pdfs;
    }

    /** The pages of a PDF with their words. */
    public static List<Page> pages(Path pdf) throws IOException, InterruptedException {
        Process text = new ProcessBuilder("/usr/bin/pdftotext", "-bbox", pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String xml = new String(text.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<Page> pages = new ArrayList<>();
        for (String page : xml.split("<page ")) {
            if (!page.contains("</page>")) {
                continue;
            }
            List<String> words = new ArrayList<>();
            List<Double> heights = new ArrayList<>();
            Matcher m = WORD.matcher(page);
            while (m.find()) {
                heights.add(Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1)));
                words.add(m.group(3).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&quot;", "\""));
            }
            pages.add(new Page(words, heights));
        }
        return pages;
    }

    /**
     * A workbook of Calibri text at {@code points}, printed at 100 %: its words' median height is what text of that
     * size measures on paper.
     */
    public static Path referenceWorkbook(Path folder, double points) throws IOException {
        Path file = folder.resolve("reference-" + points + "pt.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var font = workbook.createFont();
            font.setFontHeight(points);
            var style = workbook.createCellStyle();
            style.setFont(font);
            var sheet = workbook.createSheet("reference");
            sheet.setColumnWidth(0, 80 * 256);
            String[] lines = {"Рассмотрено актов 12 345, удовлетворено частично", "Қанағаттандырылды 2026 ж. облысы",
                    "область Абай 30.11.2026 +10,2 %"};
            for (int r = 0; r < lines.length; r++) {
                var cell = sheet.createRow(r).createCell(0);
                cell.setCellValue(lines[r]);
                cell.setCellStyle(style);
            }
            workbook.write(out);
        }
        return file;
    }
}

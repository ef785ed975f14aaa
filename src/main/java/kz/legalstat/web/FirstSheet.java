package kz.legalstat.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report's workbook as the page needs it: its first sheet whole, every other sheet empty. The first sheet holds the
 * report's main table (regions by measure); the others may hold a register of a million acts, which POI would load
 * whole. None of our first sheets' formulas refer to another sheet. Read from a copy in memory, so the file itself is
 * never opened for writing.
 */
final class FirstSheet {

    /** A first sheet larger than this, uncompressed, is a register, not a table to show on a page. */
    static final long MAX_SHEET_BYTES = 20L * 1024 * 1024;

    private static final byte[] EMPTY_SHEET = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>")
            .getBytes(StandardCharsets.UTF_8);
    private static final Pattern FIRST_SHEET_ID = Pattern.compile("<sheet\\b[^>]*\\br:id=\"([^\"]+)\"");
    private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");

    private FirstSheet() {
    }

    /** The workbook with only its first sheet filled, or null when that sheet is too large to show. */
    static XSSFWorkbook open(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String first = firstSheetPart(zip);
            ZipEntry firstEntry = zip.getEntry(first);
            if (firstEntry == null || firstEntry.getSize() > MAX_SHEET_BYTES) {
                return null;
            }
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(copy)) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (WORKSHEET.matcher(entry.getName()).matches() && !entry.getName().equals(first)) {
                        out.write(EMPTY_SHEET);
                    } else {
                        try (InputStream in = zip.getInputStream(entry)) {
                            in.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            }
            return new XSSFWorkbook(new ByteArrayInputStream(copy.toByteArray()));
        }
    }

    /** The part of the workbook's first sheet, as its workbook.xml lists the sheets and its relationships place them. */
    private static String firstSheetPart(ZipFile zip) throws IOException {
        Matcher id = FIRST_SHEET_ID.matcher(text(zip, "xl/workbook.xml"));
        if (!id.find()) {
            throw new IOException("the workbook lists no sheet");
        }
        Matcher target = Pattern.compile("<Relationship\\b[^>]*\\bId=\"" + Pattern.quote(id.group(1))
                + "\"[^>]*\\bTarget=\"([^\"]+)\"|<Relationship\\b[^>]*\\bTarget=\"([^\"]+)\"[^>]*\\bId=\""
                + Pattern.quote(id.group(1)) + "\"").matcher(text(zip, "xl/_rels/workbook.xml.rels"));
        if (!target.find()) {
            throw new IOException("the workbook's first sheet has no part");
        }
        String part = target.group(1) != null ? target.group(1) : target.group(2);
        return part.startsWith("/") ? part.substring(1) : "xl/" + part;
    }

    private static String text(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("not a workbook: no " + name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

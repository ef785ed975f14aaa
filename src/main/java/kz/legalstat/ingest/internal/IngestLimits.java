package kz.legalstat.ingest.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds that keep one hostile or broken file from taking the collection down.
 *
 * @param maxFileBytes a larger file is rejected whole before it is read
 * @param maxColumns a header with more columns is rejected whole
 * @param maxLineChars a CSV line longer than this (a binary file, a broken export) rejects the file whole
 * @param maxWorkbookTextBytes an Excel workbook whose table of texts (xl/sharedStrings.xml) inflates past this is
 *                             rejected whole: the reader holds that table in memory, at about twice its size (1 000
 *                             000 rows of two texts: 130 MB of it took 240 MB of heap), where a CSV file is read
 *                             line by line whatever its size
 */
@ConfigurationProperties("legalstat.ingest")
record IngestLimits(@DefaultValue("1073741824") long maxFileBytes, @DefaultValue("200") int maxColumns,
                    @DefaultValue("1000000") int maxLineChars,
                    @DefaultValue("33554432") long maxWorkbookTextBytes) {
}

package kz.legalstat.ingest.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds that keep one hostile or broken file from taking the collection down.
 *
 * @param maxFileBytes a larger file is rejected whole before it is read
 * @param maxColumns a header with more columns is rejected whole
 * @param maxLineChars a CSV line longer than this (a binary file, a broken export) rejects the file whole
 */
@ConfigurationProperties("legalstat.ingest")
record IngestLimits(@DefaultValue("1073741824") long maxFileBytes, @DefaultValue("200") int maxColumns,
                    @DefaultValue("1000000") int maxLineChars) {
}

package kz.legalstat.ingest.internal;

import java.time.Instant;

/**
 * A file found in the inbox, with the checksum that tells a new file from one already taken (null: not read);
 * {@code changed} is the system's change time where it keeps one (null elsewhere).
 */
record StoredFile(String path, String name, long size, Instant modified, Instant changed, String sha256) {
}

package kz.legalstat.ingest.internal;

import java.io.IOException;

/** Carries a whole-file rejection through the reader's IOException-only signature. */
class RejectedIOException extends IOException {

    RejectedIOException(FileRejectedException cause) {
        super(cause.code(), cause);
    }

    FileRejectedException rejection() {
        return (FileRejectedException) getCause();
    }
}

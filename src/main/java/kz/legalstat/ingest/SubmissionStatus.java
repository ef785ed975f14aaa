package kz.legalstat.ingest;

/**
 * What became of a file the collection found: registered and waiting to be read, loaded (its good rows stored),
 * rejected whole (the reason kept with it), or ignored (a name that is not a submission's). The database's
 * {@code submission.status} holds the same names.
 */
public enum SubmissionStatus {
    RECEIVED, LOADED, REJECTED, IGNORED
}

package kz.legalstat.report.internal;

/**
 * A text a table repeats on many rows (a unit's name, an act type): written once into the workbook's shared
 * strings and referenced from every cell, which keeps a million-row register small and fast to write.
 */
record Label(String text) {

    /** A label of the text, or null (an empty cell) for none. */
    static Label of(String text) {
        return text == null ? null : new Label(text);
    }
}

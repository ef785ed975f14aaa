package kz.legalstat.ingest.internal;

import kz.legalstat.i18n.Bilingual;

/** What is wrong with a file or a row, with where it is and a message in both languages. */
record Issue(String severity, Integer rowNumber, String column, String value, String code, Bilingual message) {

    static Issue rowError(int rowNumber, String column, String value, String code, Bilingual message) {
        return new Issue("ERROR", rowNumber, column, value, code, message);
    }
}

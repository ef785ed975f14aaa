package kz.legalstat.ingest.internal;

import kz.legalstat.i18n.Bilingual;
import kz.legalstat.reference.Severity;

/** What is wrong with a file or a row, with where it is and a message in both languages. */
record Issue(Severity severity, Integer rowNumber, String column, String value, String code, Bilingual message) {

    static Issue rowError(int rowNumber, String column, String value, String code, Bilingual message) {
        return new Issue(Severity.ERROR, rowNumber, column, value, code, message);
    }
}

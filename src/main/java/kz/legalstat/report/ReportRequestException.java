package kz.legalstat.report;

import kz.legalstat.i18n.TextException;

/** A report asked for in a way that cannot give true figures (a status on a day to come), told in words. */
public class ReportRequestException extends TextException {

    public ReportRequestException(String key, Object... args) {
        super(key, args);
    }
}

package kz.legalstat.ingest.internal;

/**
 * One column of a submission kind, as docs/submissions.md defines it.
 *
 * @param codeDomain the code list a CODE column takes its values from
 * @param min the smallest value a number may take
 * @param max the largest value a number may take, or the longest text
 */
record Column(String name, Type type, boolean required, String codeDomain, long min, long max) {

    enum Type { TEXT, CODE, INDICATOR, UNIT, DATE, INTEGER, DECIMAL }

    static Column text(String name, boolean required, int maxLength) {
        return new Column(name, Type.TEXT, required, null, 0, maxLength);
    }

    static Column code(String name, boolean required, String domain) {
        return new Column(name, Type.CODE, required, domain, 0, 0);
    }

    /** A form's indicator: one of those docs/submissions.md names ({@link FormIndicators}). */
    static Column indicator(String name) {
        return new Column(name, Type.INDICATOR, true, null, 0, 0);
    }

    static Column unit(String name) {
        return new Column(name, Type.UNIT, true, null, 0, 0);
    }

    static Column date(String name, boolean required) {
        return new Column(name, Type.DATE, required, null, 0, 0);
    }

    static Column integer(String name, boolean required, long min, long max) {
        return new Column(name, Type.INTEGER, required, null, min, max);
    }

    static Column decimal(String name, boolean required) {
        return new Column(name, Type.DECIMAL, required, null, 0, 0);
    }
}

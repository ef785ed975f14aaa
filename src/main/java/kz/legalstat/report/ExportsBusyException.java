package kz.legalstat.report;

/** So many exports are waiting that another would not start soon: the person is asked to try again later. */
public class ExportsBusyException extends RuntimeException {

    ExportsBusyException() {
        super("Too many exports are waiting");
    }
}

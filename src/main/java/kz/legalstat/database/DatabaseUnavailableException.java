package kz.legalstat.database;

/** No database could be found or started; the message names the ways out. */
public class DatabaseUnavailableException extends RuntimeException {

    DatabaseUnavailableException(String message) {
        super(message);
    }
}

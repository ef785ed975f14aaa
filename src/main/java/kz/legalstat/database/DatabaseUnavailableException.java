package kz.legalstat.database;

/** No database could be found or started: why the embedded one and the local one failed. */
public class DatabaseUnavailableException extends RuntimeException {

    private final String home;
    private final String embeddedProblem;
    private final String user;
    private final String localProblem;

    DatabaseUnavailableException(String home, String embeddedProblem, String user, String localProblem) {
        super("No database: embedded PostgreSQL under " + home + ": " + embeddedProblem + "; localhost:5432 as "
                + user + ": " + localProblem);
        this.home = home;
        this.embeddedProblem = embeddedProblem;
        this.user = user;
        this.localProblem = localProblem;
    }

    public String home() {
        return home;
    }

    public String embeddedProblem() {
        return embeddedProblem;
    }

    public String user() {
        return user;
    }

    public String localProblem() {
        return localProblem;
    }
}

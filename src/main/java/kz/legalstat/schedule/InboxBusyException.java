package kz.legalstat.schedule;

/** Another collection of the same inbox is running; this one did nothing. */
public class InboxBusyException extends RuntimeException {

    private final String inbox;

    InboxBusyException(String inbox) {
        super("Another collection of " + inbox + " is running; this one stops without touching anything");
        this.inbox = inbox;
    }

    public String inbox() {
        return inbox;
    }
}

package kz.legalstat.cli;

/** A command or option is wrong: exit status 2, with a message saying which and what is allowed. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}

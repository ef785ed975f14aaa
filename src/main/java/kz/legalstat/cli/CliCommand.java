package kz.legalstat.cli;

import org.springframework.context.ConfigurableApplicationContext;

/** A subcommand: its options are parsed before Spring starts, then it runs inside the application context. */
interface CliCommand {

    /** Checks what can be checked without a database; throws {@link UsageException}. */
    default void validate(Console console) {
    }

    /** Whether the command serves the web interface (and so keeps running). */
    default boolean serves() {
        return false;
    }

    boolean json();

    /** Runs the command; returns the exit status. */
    int run(ConfigurableApplicationContext context, Console console) throws Exception;
}

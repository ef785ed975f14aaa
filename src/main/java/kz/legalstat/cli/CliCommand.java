package kz.legalstat.cli;

import java.util.List;

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

    /** Whether the Quartz scheduler starts: only where the application keeps running as a server. */
    default boolean schedules() {
        return serves();
    }

    /** Settings this command puts above every other source, as if given on the command line. */
    default List<String> springArguments() {
        return List.of();
    }

    boolean json();

    /** A database to drop and create beside the chosen one and run in instead, or null for the chosen one. */
    default String scratchDatabase() {
        return null;
    }

    /**
     * Whether a failed run of this command is resumed by running it again (a collection takes up the files still
     * waiting): the operator is told so. Other commands are simply run again.
     */
    default boolean resumes() {
        return false;
    }

    /** Runs the command; returns the exit status. */
    int run(ConfigurableApplicationContext context, Console console) throws Exception;
}

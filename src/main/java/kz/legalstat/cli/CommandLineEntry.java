package kz.legalstat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.legalstat.LegalStatApplication;
import kz.legalstat.database.DatabaseSelector;
import kz.legalstat.database.DatabaseUnavailableException;
import kz.legalstat.database.SelectedDatabase;
import kz.legalstat.i18n.Texts;
import kz.legalstat.report.Reports;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line of spec/cli.md. The command and its options are parsed and checked before Spring starts,
 * so a wrong option costs no database; then the database is chosen, the application started and the command
 * run. Exit status: 0 done, 1 the run failed, 2 the command or an option is wrong.
 */
public final class CommandLineEntry {

    private static final Logger log = LoggerFactory.getLogger(CommandLineEntry.class);

    /** Arguments with these prefixes are Spring Boot settings, not LegalStat options. */
    private static final List<String> SPRING_PREFIXES = List.of("--spring.", "--server.", "--logging.",
            "--management.", "--legalstat.");

    private CommandLineEntry() {
    }

    public static int run(String[] args) {
        List<String> commandArgs = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            (SPRING_PREFIXES.stream().anyMatch(arg::startsWith) ? springArgs : commandArgs).add(arg);
        }
        CommandLine cli = new CommandLine(new LegalStatCommand());
        cli.setErr(new PrintWriter(System.err, true));
        ParseResult parsed;
        try {
            parsed = cli.parseArgs(commandArgs.toArray(String[]::new));
        } catch (ParameterException e) {
            System.err.println(e.getMessage());
            e.getCommandLine().usage(System.err);
            return 2;
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return 0;
        }
        if (!parsed.hasSubcommand()) {
            System.err.println("A command is required.");
            cli.usage(System.err);
            return 2;
        }
        CliCommand command = (CliCommand) parsed.subcommand().commandSpec().userObject();
        Console console = new Console(command.json(), Texts.fromBundles());
        try {
            command.validate(console);
        } catch (UsageException e) {
            console.err.println(e.getMessage());
            return 2;
        }
        return runInApplication(command, console, springArgs.toArray(String[]::new));
    }

    private static int runInApplication(CliCommand command, Console console, String[] springArgs) {
        Optional<SelectedDatabase> database;
        try {
            database = DatabaseSelector.select(System.getenv(), springArgs);
        } catch (DatabaseUnavailableException e) {
            console.err.println(e.getMessage());
            return 1;
        }
        SpringApplication application = new SpringApplication(LegalStatApplication.class);
        application.setWebApplicationType(command.serves() ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        Map<String, Object> defaults = new HashMap<>();
        database.ifPresent(d -> defaults.putAll(d.properties()));
        defaults.put("legalstat.serving", command.serves());
        application.setDefaultProperties(defaults);
        try (ConfigurableApplicationContext context = application.run(springArgs)) {
            if (!(command instanceof TemplatesCommand)) {
                context.getBean(Reports.class).validateTemplates();
            }
            return command.run(context, console);
        } catch (UsageException e) {
            console.err.println(e.getMessage());
            return 2;
        } catch (Exception e) {
            log.debug("Command failed", e);
            console.err.println(describe(e));
            console.err.println(console.text("cli.resume"));
            return 1;
        } finally {
            database.ifPresent(SelectedDatabase::close);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append("\n  caused by: ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}

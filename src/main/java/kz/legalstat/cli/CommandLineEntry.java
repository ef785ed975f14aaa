package kz.legalstat.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kz.legalstat.database.DatabaseSelector;
import kz.legalstat.database.DatabaseUnavailableException;
import kz.legalstat.database.ScratchDatabase;
import kz.legalstat.database.SelectedDatabase;
import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.TextException;
import kz.legalstat.i18n.Texts;
import kz.legalstat.report.Reports;
import kz.legalstat.schedule.InboxBusyException;
import kz.legalstat.schedule.JobFiles;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line of docs/cli.md. The command and its options are parsed and checked before Spring starts,
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

    /**
     * Runs the command line {@code args}; a command that needs the application starts {@code application} (the
     * application's class is handed in, so that this feature does not depend on the package above it).
     */
    public static int run(String[] args, Class<?> application) {
        List<String> commandArgs = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            (SPRING_PREFIXES.stream().anyMatch(arg::startsWith) ? springArgs : commandArgs).add(arg);
        }
        CommandLine cli = commandLine(Console.operatorsLanguage());
        ParseResult parsed;
        try {
            parsed = cli.parseArgs(commandArgs.toArray(String[]::new));
        } catch (ParameterException e) {
            cli.getErr().println(parameterProblem(e, commandArgs, new Console(false, Texts.fromBundles())));
            // a mistyped word gets the closest ones (said above), not the whole help
            if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getSuggestions().isEmpty()) {
                e.getCommandLine().usage(cli.getErr());
            }
            return 2;
        }
        try {
            if (CommandLine.printHelpIfRequested(parsed)) {
                return 0;
            }
        } catch (ParameterException e) {
            // only `help COMMAND` refuses here: there is no such command
            String named = parsed.subcommand().matchedPositionalValue(0, "");
            cli.getErr().println(new Console(false, Texts.fromBundles()).text("cli.help.unknown", named));
            cli.usage(cli.getErr());
            return 2;
        }
        if (!parsed.hasSubcommand()) {
            cli.getErr().println(new Console(false, Texts.fromBundles()).text("cli.command.required"));
            cli.usage(cli.getErr());
            return 2;
        }
        ParseResult leaf = parsed.subcommand();
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        if (!(leaf.commandSpec().userObject() instanceof CliCommand command)) {
            // a command group such as `user` without its action
            leaf.commandSpec().commandLine().usage(cli.getErr());
            return 2;
        }
        Console console = new Console(command.json(), Texts.fromBundles());
        try {
            command.validate(console);
        } catch (UsageException e) {
            console.err.println(e.getMessage());
            return 2;
        }
        Optional<String> unreadable = ConfigurationProblems.unreadable(JobFiles.folder(settings(springArgs)), console);
        if (unreadable.isPresent()) {
            console.err.println(unreadable.get());
            return 2;
        }
        return runInApplication(command, console, springArgs.toArray(String[]::new), application);
    }

    /**
     * The commands with their help in the operator's language (i18n/cli_kk|ru.properties), written as UTF-8
     * whatever the machine's locale.
     */
    static CommandLine commandLine(Lang lang) {
        CommandLine cli = new CommandLine(new LegalStatCommand());
        cli.setResourceBundle(ResourceBundle.getBundle("i18n.cli", Locale.forLanguageTag(lang.name()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cli;
    }

    /** picocli's refusal of the command line, in the operator's language where it is one of the usual ones. */
    private static String parameterProblem(ParameterException e, List<String> given, Console console) {
        if (e instanceof MissingParameterException missing) {
            // picocli says "missing" of an option given without its value too
            Optional<String> withoutValue = missing.getMissing().stream()
                    .filter(arg -> arg instanceof OptionSpec option && Arrays.stream(option.names())
                            .anyMatch(given::contains))
                    .map(arg -> ((OptionSpec) arg).longestName())
                    .findFirst();
            if (withoutValue.isPresent()) {
                return console.text("cli.options.no-value", withoutValue.get());
            }
            return console.text("cli.options.missing", missing.getMissing().stream()
                    .map(arg -> arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel())
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
            return console.text("cli.options.twice", option.longestName());
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            // a mistyped command or option: the closest ones picocli knows, rather than the whole help
            List<String> closest = unmatched.getSuggestions();
            return closest.isEmpty() ? console.text("cli.options.unknown", String.join(" ", unmatched.getUnmatched()))
                    : console.text("cli.options.unknown.closest", String.join(" ", unmatched.getUnmatched()),
                            String.join(", ", closest.subList(0, Math.min(3, closest.size()))));
        }
        if (e.getArgSpec() instanceof OptionSpec option && e.getValue() != null) {
            return console.text("cli.options.invalid", option.longestName(), e.getValue());
        }
        return e.getMessage();
    }

    /** The settings as the application will see them, before it starts: its command line and the environment. */
    private static PropertyResolver settings(List<String> springArgs) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArgs.toArray(String[]::new)));
        return environment;
    }

    private static int runInApplication(CliCommand command, Console console, String[] commandSpringArgs,
                                        Class<?> applicationClass) {
        String[] springArgs = Stream.concat(Arrays.stream(commandSpringArgs),
                command.springArguments().stream()).toArray(String[]::new);
        Optional<SelectedDatabase> database;
        try {
            database = DatabaseSelector.select(System.getenv(), springArgs);
        } catch (DatabaseUnavailableException e) {
            console.err.println(console.text("cli.database.unavailable", e.home(), e.embeddedProblem(), e.user(),
                    e.localProblem()));
            return 1;
        }
        SpringApplication application = new SpringApplication(applicationClass);
        application.setWebApplicationType(command.serves() ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        Map<String, Object> defaults = new HashMap<>();
        database.ifPresent(d -> defaults.putAll(d.properties()));
        if (command.scratchDatabase() != null) {
            try {
                springArgs = withScratchDatabase(command.scratchDatabase(), database, springArgs, defaults);
            } catch (java.sql.SQLException e) {
                console.err.println(console.text("cli.database.scratch", command.scratchDatabase(), e.getMessage()));
                database.ifPresent(SelectedDatabase::close);
                return 1;
            }
        }
        defaults.put("legalstat.serving", command.schedules());
        application.setDefaultProperties(defaults);
        try (ConfigurableApplicationContext context = application.run(springArgs)) {
            if (!(command instanceof TemplatesCommand)) {
                context.getBean(Reports.class).validateTemplates();
            }
            return command.run(context, console);
        } catch (UsageException e) {
            console.err.println(e.getMessage());
            return 2;
        } catch (TextException e) {
            console.err.println(console.text(e.key(), e.args()));
            return 1;
        } catch (InboxBusyException e) {
            // not a failure of this run: it did nothing, and the other run goes on
            console.err.println(console.text("cli.inbox.busy", e.inbox()));
            return 1;
        } catch (Exception e) {
            log.debug("Command failed", e);
            Optional<String> settings = ConfigurationProblems.describe(e, console);
            if (settings.isPresent()) {
                console.err.println(settings.get());
                return 2;
            }
            console.err.println(describe(e));
            console.err.println(console.text(command.resumes() ? "cli.resume" : "cli.again"));
            return 1;
        } finally {
            database.ifPresent(SelectedDatabase::close);
        }
    }

    /** Points the run at a new database beside the chosen one, whichever way that one was chosen. */
    private static String[] withScratchDatabase(String name, Optional<SelectedDatabase> selected, String[] springArgs,
                                                Map<String, Object> defaults) throws java.sql.SQLException {
        Map<String, String> env = System.getenv();
        String url = selected.map(SelectedDatabase::url).orElse(null);
        List<String> args = new ArrayList<>();
        for (String arg : springArgs) {
            if (arg.startsWith("--spring.datasource.url=")) {
                url = arg.substring("--spring.datasource.url=".length());
            } else {
                args.add(arg);
            }
        }
        url = url != null ? url : System.getProperty("spring.datasource.url", env.get("SPRING_DATASOURCE_URL"));
        String user = selected.map(SelectedDatabase::username).orElse(arg(springArgs, "username",
                env.getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres")));
        String password = selected.map(SelectedDatabase::password).orElse(arg(springArgs, "password",
                env.getOrDefault("SPRING_DATASOURCE_PASSWORD", "")));
        String scratch = ScratchDatabase.recreate(url, user, password, name);
        args.add("--spring.datasource.url=" + scratch);
        defaults.put("spring.datasource.url", scratch);
        return args.toArray(String[]::new);
    }

    private static String arg(String[] springArgs, String property, String fallback) {
        for (String arg : springArgs) {
            if (arg.startsWith("--spring.datasource." + property + "=")) {
                return arg.substring(("--spring.datasource." + property + "=").length());
            }
        }
        return fallback;
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

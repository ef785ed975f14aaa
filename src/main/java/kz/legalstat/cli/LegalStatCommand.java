package kz.legalstat.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/** The commands; -h/--help and -V/--version on every one of them, and {@code help [COMMAND]} as operators type it. */
@Command(name = "legalstat", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "LegalStat 0.1",
        subcommands = {DemoCommand.class, NightlyCommand.class, CollectCommand.class, VerifyCommand.class,
                ReportCommand.class, ServeCommand.class, TemplatesCommand.class, WorkbookCommand.class, BenchCommand.class, RunsCommand.class,
                RestartCommand.class, UserCommand.class, CalendarCommand.class, TermsCommand.class,
                UnitsCommand.class,
                HelpCommand.class})
class LegalStatCommand {
}

package kz.legalstat.cli;

import picocli.CommandLine.Command;

@Command(name = "legalstat", mixinStandardHelpOptions = true, version = "LegalStat 0.1",
        description = "Collects the units' submissions, checks them and writes the legal-statistics reports.",
        subcommands = {DemoCommand.class, NightlyCommand.class, CollectCommand.class, VerifyCommand.class,
                ReportCommand.class, ServeCommand.class, TemplatesCommand.class, BenchCommand.class, RunsCommand.class,
                RestartCommand.class, UserCommand.class})
class LegalStatCommand {
}

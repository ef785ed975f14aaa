package kz.legalstat.cli;

import kz.legalstat.account.Account;
import kz.legalstat.account.Accounts;
import kz.legalstat.account.InvalidAccountException;
import kz.legalstat.account.Role;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Accounts of the web interface, created by an administrator at the server (there is no default password). */
@Command(name = "user",
        subcommands = {UserCommand.Add.class, UserCommand.List.class, UserCommand.Disable.class})
class UserCommand {

    @Command(name = "add")
    static class Add extends JsonCommand {

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--role", required = true)
        String role;

        @Option(names = "--region")
        String region;

        @Option(names = "--password", interactive = true, arity = "0..1")
        char[] password;

        Role parsedRole;

        @Override
        public void validate(Console console) {
            parsedRole = Role.parse(role).orElseThrow(() -> new UsageException(console.text("cli.user.role", role)));
        }

        @Override
        public int run(ConfigurableApplicationContext context, Console console) {
            String secret = System.getenv("LEGALSTAT_USER_PASSWORD");
            if (secret == null && password != null) {
                secret = new String(password);
            }
            if (secret == null && System.console() != null) {
                char[] typed = System.console().readPassword(console.text("cli.user.password-prompt", name));
                secret = typed == null ? null : new String(typed);
            }
            if (secret == null) {
                throw new UsageException(console.text("cli.user.password-missing"));
            }
            try {
                Account account = context.getBean(Accounts.class).save(name, secret, parsedRole, region);
                console.say(console.text("cli.user.saved", account.username(), account.role(),
                        account.regionCode() == null ? "—" : account.regionCode()));
                console.result(account);
                return 0;
            } catch (InvalidAccountException e) {
                throw new UsageException(console.text(e.key(), e.args()));
            }
        }
    }

    @Command(name = "list")
    static class List extends JsonCommand {

        @Override
        public int run(ConfigurableApplicationContext context, Console console) {
            var accounts = context.getBean(Accounts.class).all();
            for (Account account : accounts) {
                console.say(String.format("%-24s %-17s %-4s %s", account.username(), account.role(),
                        account.regionCode() == null ? "—" : account.regionCode(),
                        account.enabled() ? "" : console.text("cli.user.disabled")));
            }
            console.result(accounts);
            return 0;
        }
    }

    @Command(name = "disable")
    static class Disable extends JsonCommand {

        @Option(names = "--name", required = true)
        String name;

        @Override
        public int run(ConfigurableApplicationContext context, Console console) {
            try {
                if (!context.getBean(Accounts.class).setEnabled(name, false, null)) {
                    throw new UsageException(console.text("cli.user.unknown", name));
                }
            } catch (InvalidAccountException e) {
                throw new UsageException(console.text(e.key(), e.args()));
            }
            console.say(console.text("cli.user.disabled-now", name));
            console.result(java.util.Map.of("disabled", name));
            return 0;
        }
    }
}

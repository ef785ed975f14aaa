package kz.legalstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import kz.legalstat.i18n.Lang;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line help is the operator's: every command and option described in Kazakh and in Russian. */
class CommandLineHelpTest {

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyCommandAndOptionIsDescribed(Lang lang) {
        List<String> undescribed = new ArrayList<>();
        collect(CommandLineEntry.commandLine(lang).getCommandSpec(), undescribed);
        assertThat(undescribed).as("without a text in i18n/cli_" + lang + ".properties").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameTexts() throws IOException {
        assertThat(bundle(Lang.kk).stringPropertyNames()).isEqualTo(bundle(Lang.ru).stringPropertyNames());
    }

    @Test
    void theHelpIsInTheOperatorsLanguage() {
        CommandLine cli = CommandLineEntry.commandLine(Lang.kk);
        String help = cli.getSubcommands().get("report").getUsageMessage();
        assertThat(help).startsWith("Қолданылуы: legalstat report")
                .contains("1 қаңтардан айдың соңына дейінгі кезеңге бір есеп жасау.",
                        "--as-of=<asOf>", "актілердің жай-күйі алынатын күн");
    }

    private static void collect(CommandSpec command, List<String> undescribed) {
        if (String.join("", command.usageMessage().description()).isBlank()) {
            undescribed.add(command.qualifiedName(".") + ".usage.description");
        }
        for (OptionSpec option : command.options()) {
            if (String.join("", option.description()).isBlank()) {
                undescribed.add(command.qualifiedName(".") + "." + option.longestName().replaceFirst("^-+", ""));
            }
        }
        command.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), undescribed));
    }

    private static Properties bundle(Lang lang) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = CommandLineHelpTest.class.getResourceAsStream("/i18n/cli_" + lang + ".properties")) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return texts;
    }
}

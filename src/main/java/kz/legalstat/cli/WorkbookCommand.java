package kz.legalstat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import kz.legalstat.i18n.Lang;
import kz.legalstat.ingest.SubmissionTemplates;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The Excel workbook units fill to send a kind, as the quality page hands it out, for the office to send them. */
@Command(name = "workbook")
class WorkbookCommand extends JsonCommand {

    @Option(names = "--kind", required = true)
    String kind;

    @Option(names = "--lang", defaultValue = "kk")
    String lang;

    @Option(names = "--out", required = true)
    Path out;

    private Lang language;

    @Override
    public void validate(Console console) {
        if (!SubmissionTemplates.KINDS.contains(kind)) {
            throw new UsageException(console.text("cli.workbook.kind", kind, String.join(", ", SubmissionTemplates.KINDS)));
        }
        language = Options.lang(lang, console);
        Options.workbookFile(out, kind + "_" + language.name() + ".xlsx", "cli.workbook.out.folder",
                "cli.workbook.out.not-xlsx", console);
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) throws IOException {
        Files.write(out, context.getBean(SubmissionTemplates.class).workbook(kind, language));
        console.say(console.text("cli.workbook.written", out));
        console.result(Map.of("file", out.toString(), "kind", kind, "lang", language.name()));
        return 0;
    }
}

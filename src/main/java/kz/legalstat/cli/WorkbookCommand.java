package kz.legalstat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import kz.legalstat.i18n.Lang;
import kz.legalstat.ingest.SubmissionTemplates;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.SubmissionKind;
import kz.legalstat.reference.Unit;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Excel workbook units fill to send a kind, as the quality page hands it out, for the office to send them: for
 * any unit, or for one ({@code --unit}).
 */
@Command(name = "workbook")
class WorkbookCommand extends JsonCommand {

    @Option(names = "--kind", required = true)
    String kind;

    @Option(names = "--lang", defaultValue = "kk")
    String lang;

    @Option(names = "--unit")
    String unit;

    @Option(names = "--out", required = true)
    Path out;

    private Lang language;
    private SubmissionKind submissionKind;

    @Override
    public void validate(Console console) {
        submissionKind = SubmissionKind.of(kind).orElseThrow(() -> new UsageException(
                console.text("cli.workbook.kind", kind, String.join(", ", SubmissionKind.codes()))));
        language = Options.lang(lang, console);
        Options.workbookFile(out, kind + (unit == null ? "" : "_" + unit) + "_" + language.name() + ".xlsx",
                "cli.workbook.out.folder", "cli.workbook.out.not-xlsx", console);
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) throws IOException {
        Unit forUnit = null;
        if (unit != null) {
            forUnit = context.getBean(ReferenceData.class).unit(unit.strip())
                    .orElseThrow(() -> new UsageException(console.text("cli.unit.invalid", unit)));
        }
        Files.write(out, context.getBean(SubmissionTemplates.class).workbook(submissionKind, language, forUnit));
        console.say(console.text("cli.workbook.written", out));
        console.result(Map.of("file", out.toString(), "kind", kind, "lang", language.name(),
                "unit", forUnit == null ? "" : forUnit.code()));
        return 0;
    }
}

package kz.legalstat.cli;

import java.nio.file.Path;

import kz.legalstat.report.Reports;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "templates")
class TemplatesCommand extends JsonCommand {

    @Option(names = "--out", required = true)
    Path out;


    @Override
    public int run(ConfigurableApplicationContext context, Console console) throws Exception {
        var written = context.getBean(Reports.class).writeDefaultTemplates(out);
        written.forEach(file -> console.say(file.toString()));
        console.result(written.stream().map(Path::toString).toList());
        return 0;
    }
}

package kz.legalstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.legalstat.reference.OfficeFileRejectedException;
import kz.legalstat.terms.TermRules;
import kz.legalstat.terms.TermVersion;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The statutory terms: the office loads the whole set from a file, lists it, writes it out for editing. */
@Command(name = "terms", subcommands = {TermsCommand.Load.class, TermsCommand.Listing.class, TermsCommand.Export.class})
class TermsCommand {

    @Command(name = "load")
    static class Load extends JsonCommand {

        @Option(names = "--file", required = true)
        Path file;

        @Option(names = "--source", required = true)
        String source;

        @Override
        public int run(ConfigurableApplicationContext context, Console console) {
            try {
                List<TermVersion> versions = context.getBean(TermRules.class).load(file, source);
                console.say(console.text("terms.loaded", versions.size()));
                console.result(Map.of("versions", versions.size(), "source", source.strip()));
                return 0;
            } catch (OfficeFileRejectedException e) {
                return RefusedFile.told(console, console.text("terms.rejected", file), file, e);
            }
        }
    }

    @Command(name = "list")
    static class Listing extends JsonCommand {

        @Override
        public int run(ConfigurableApplicationContext context, Console console) {
            TermRules terms = context.getBean(TermRules.class);
            List<TermVersion> versions = terms.versions();
            versions.forEach(v -> console.say(console.text("cli.terms.version", v.actType(),
                    v.addresseeKind() == null ? console.text("terms.any-addressee") : v.addresseeKind(), v.validFrom(),
                    v.validTo() == null ? console.text("terms.until-now") : v.validTo(), describe(console, v),
                    v.legalBasis(console.lang))));
            console.say(terms.source().map(s -> console.text("cli.terms.source", s.source(), s.loadedAt()))
                    .orElse(console.text("cli.terms.shipped")));
            console.result(versions);
            return 0;
        }

        private static String describe(Console console, TermVersion v) {
            List<String> parts = new ArrayList<>();
            parts.add(v.term() == null ? console.text("terms.none")
                    : v.term() + " " + console.text("terms.unit." + v.termUnit()));
            if (v.minTerm() != null || v.maxTerm() != null) {
                parts.add(console.text("terms.prescribed", v.minTerm() == null ? "1" : v.minTerm(),
                        v.maxTerm() == null ? "…" : v.maxTerm()));
            }
            if (v.reportTerm() != null) {
                parts.add(console.text("terms.report", v.reportTerm(),
                        console.text("terms.unit." + v.reportTermUnit())));
            }
            return String.join(", ", parts);
        }
    }

    @Command(name = "export")
    static class Export extends JsonCommand {

        @Option(names = "--out", required = true)
        Path out;

        @Override
        public int run(ConfigurableApplicationContext context, Console console) throws Exception {
            Path written = out.toAbsolutePath();
            TermRules terms = context.getBean(TermRules.class);
            Files.write(written, terms.export());
            console.say(console.text("cli.terms.exported", terms.versions().size(), written));
            console.result(Map.of("file", written.toString()));
            return 0;
        }
    }

}

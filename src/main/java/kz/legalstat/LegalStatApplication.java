package kz.legalstat;

import kz.legalstat.cli.CommandLineEntry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * LegalStat: collects the monthly submissions of the prosecutor's offices, checks them and writes the
 * legal-statistics reports. {@link #main} hands over to the command line of {@code docs/cli.md}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LegalStatApplication {

    public static void main(String[] args) {
        System.exit(CommandLineEntry.run(args, LegalStatApplication.class));
    }
}

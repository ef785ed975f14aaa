package kz.legalstat.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page Tomcat answers itself, for a request it cannot even read (invalid characters in the address, a header too
 * large): the application's own page in both languages instead of Tomcat's English report. Every error the
 * application sees is answered by its own pages and problems.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TomcatErrorPage {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> bilingualTomcatErrorPage() {
        Path page = copied();
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                ErrorReportValve valve = new ErrorReportValve();
                valve.setShowReport(false);
                valve.setShowServerInfo(false);
                // every status: the page does not depend on it
                valve.setProperty("errorCode.0", page.toString());
                host.getPipeline().addValve(valve);
            }
        });
    }

    /** Tomcat reads the page from a file: it is written once into the process's temporary folder. */
    private static Path copied() {
        try (InputStream in = TomcatErrorPage.class.getResourceAsStream("/tomcat/error.html")) {
            Path file = Files.createTempFile("legalstat-error-", ".html");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

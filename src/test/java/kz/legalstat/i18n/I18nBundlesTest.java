package kz.legalstat.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user-facing text exists in Kazakh and in Russian, and neither is left empty. */
class I18nBundlesTest {

    @Test
    void kazakhAndRussianHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties kk = load("i18n/messages_kk.properties");
        Properties ru = load("i18n/messages_ru.properties");

        assertThat(kk.stringPropertyNames()).isNotEmpty().isEqualTo(ru.stringPropertyNames());
        kk.forEach((key, text) -> assertThat(text.toString()).as("kk " + key).isNotBlank());
        ru.forEach((key, text) -> assertThat(text.toString()).as("ru " + key).isNotBlank());
    }

    @Test
    void kazakhTextIsKazakhNotACopyOfRussian() throws IOException {
        Properties kk = load("i18n/messages_kk.properties");
        Properties ru = load("i18n/messages_ru.properties");

        // words the two languages share ("Адресат", "Файл", the capital's name) may be the same
        var identical = kk.stringPropertyNames().stream()
                .filter(key -> kk.getProperty(key).equals(ru.getProperty(key)))
                .toList();
        assertThat(identical).as("texts identical in both languages")
                .isSubsetOf("report.produced", "report.overdue-acts.addressee", "report.data-quality.file");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

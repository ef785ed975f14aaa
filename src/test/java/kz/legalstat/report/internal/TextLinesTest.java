package kz.legalstat.report.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines a wrapped text takes, laid out by hand on a line of ten characters. */
class TextLinesTest {

    @ParameterizedTest(name = "«{0}» takes {1} lines")
    @CsvSource(delimiter = '|', textBlock = """
            ''                               | 1
            abc def                          | 1
            abcde fghi                       | 1
            abcde fghij                      | 2
            abcdefghijklmnopqrstuvwxy        | 3
            aaaa bbbbbbbbbbbbbbbbbbbbbbbb    | 4
            a b c d e f g h i j k l          | 3
            """)
    void wordsWrapAsAnOfficeWrapsThem(String text, int lines) {
        assertThat(TextLines.count(text, 10)).isEqualTo(lines);
    }

    @ParameterizedTest(name = "paragraphs «{0}» take {1} lines")
    @CsvSource(delimiter = '|', textBlock = """
            'a\\nb'                          | 2
            'abcde fghij\\nk'                | 3
            """)
    void everyParagraphStartsALine(String text, int lines) {
        assertThat(TextLines.count(text.replace("\\n", "\n"), 10)).isEqualTo(lines);
    }
}

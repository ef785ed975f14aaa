package kz.legalstat.ingest;

import java.util.List;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;
import kz.legalstat.ingest.internal.TemplateWorkbook;
import kz.legalstat.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * Workbooks for units to fill: one per submission kind, in Kazakh or Russian, with the header, formats, checks and
 * code lists of the units' list and code lists in force when it is made.
 */
@Component
public class SubmissionTemplates {

    public static final List<String> KINDS = List.of("acts", "records", "form");

    private final ReferenceData reference;
    private final Texts texts;

    SubmissionTemplates(ReferenceData reference, Texts texts) {
        this.reference = reference;
        this.texts = texts;
    }

    /** The .xlsx of a kind of {@link #KINDS}. */
    public byte[] workbook(String kind, Lang lang) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("no submission kind " + kind);
        }
        return TemplateWorkbook.of(kind, lang, reference, texts);
    }
}

package kz.legalstat.ingest;

import java.util.List;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;
import kz.legalstat.ingest.internal.UnitWorkbook;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;

import org.springframework.stereotype.Component;

/**
 * Workbooks for units to fill: one per submission kind, in Kazakh or Russian, for any unit or for one, with the
 * header, formats, checks and code lists of the units' list and code lists in force when it is made.
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

    /** The .xlsx of a kind of {@link #KINDS}, for any unit to fill. */
    public byte[] workbook(String kind, Lang lang) {
        return workbook(kind, lang, null);
    }

    /**
     * The .xlsx of a kind of {@link #KINDS} for one unit (null: any): its units' list only the unit and those below
     * it, and a form with the lines every form must carry.
     */
    public byte[] workbook(String kind, Lang lang, Unit unit) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("no submission kind " + kind);
        }
        return UnitWorkbook.of(kind, lang, unit, reference, texts);
    }
}

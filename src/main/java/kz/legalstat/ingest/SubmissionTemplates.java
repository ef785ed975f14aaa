package kz.legalstat.ingest;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;
import kz.legalstat.ingest.internal.UnitWorkbook;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.SubmissionKind;
import kz.legalstat.reference.Unit;

import org.springframework.stereotype.Component;

/**
 * Workbooks for units to fill: one per submission kind, in Kazakh or Russian, for any unit or for one, with the
 * header, formats, checks and code lists of the units' list and code lists in force when it is made.
 */
@Component
public class SubmissionTemplates {

    private final ReferenceData reference;
    private final Texts texts;

    SubmissionTemplates(ReferenceData reference, Texts texts) {
        this.reference = reference;
        this.texts = texts;
    }

    /** The .xlsx of a kind, for any unit to fill. */
    public byte[] workbook(SubmissionKind kind, Lang lang) {
        return workbook(kind, lang, null);
    }

    /**
     * The .xlsx of a kind for one unit (null: any): its units' list only the unit and those below
     * it, and a form with the lines every form must carry.
     */
    public byte[] workbook(SubmissionKind kind, Lang lang, Unit unit) {
        return UnitWorkbook.of(kind.code(), lang, unit, reference, texts);
    }
}

package kz.legalstat.terms;

import java.time.LocalDate;
import java.util.Objects;

import kz.legalstat.i18n.Lang;

/**
 * A version of the term of an act type: for one addressee kind, or (null) for every kind no other version names; in
 * force from {@code validFrom} to {@code validTo} (null: open). A null {@code term} is no term at all; {@code minTerm}
 * and {@code maxTerm} bound a term the prosecutor writes (calendar days), and both null mean the prosecutor sets none.
 * {@code legalBasisKk} is the legal basis in Kazakh (null: {@code legalBasis} serves both languages).
 */
public record TermVersion(String actType, String addresseeKind, LocalDate validFrom, LocalDate validTo, Integer term,
                          TermUnit termUnit, Integer minTerm, Integer maxTerm, Integer reportTerm,
                          TermUnit reportTermUnit, String legalBasis, String legalBasisKk) {

    /** The legal basis in the language asked for: the Kazakh one where given, else the one for both. */
    public String legalBasis(Lang lang) {
        return lang == Lang.kk && legalBasisKk != null ? legalBasisKk : legalBasis;
    }

    /** Whether this version and another are of the same act type and addressee kind and in force on a same day. */
    boolean overlaps(TermVersion other) {
        return actType.equals(other.actType) && Objects.equals(addresseeKind, other.addresseeKind)
                && (validTo == null || !validTo.isBefore(other.validFrom))
                && (other.validTo == null || !other.validTo.isBefore(validFrom));
    }
}

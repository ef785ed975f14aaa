package kz.legalstat.terms;

import java.time.LocalDate;

/**
 * A version of the term of an act type: for one addressee kind, or (null) for every kind no other version names; in
 * force from {@code validFrom} to {@code validTo} (null: open). A null {@code term} is no term at all; {@code minTerm}
 * and {@code maxTerm} bound a term the prosecutor writes (calendar days), and both null mean the prosecutor sets none.
 * {@code legalBasisKk} is the legal basis in Kazakh (null: {@code legalBasis} serves both languages).
 */
public record TermVersion(String actType, String addresseeKind, LocalDate validFrom, LocalDate validTo, Integer term,
                          TermUnit termUnit, Integer minTerm, Integer maxTerm, Integer reportTerm,
                          TermUnit reportTermUnit, String legalBasis, String legalBasisKk) {

    /** Whether this version and another are of the same act type and addressee kind and in force on a same day. */
    boolean overlaps(TermVersion other) {
        return actType.equals(other.actType) && java.util.Objects.equals(addresseeKind, other.addresseeKind)
                && (validTo == null || !validTo.isBefore(other.validFrom))
                && (other.validTo == null || !other.validTo.isBefore(validFrom));
    }
}

package kz.legalstat.terms;

/**
 * A set of term rules was loaded, in a transaction not yet committed: the acts' deadlines derived from the terms are
 * brought up to date in the same transaction, so that no reader sees a mix.
 */
public record TermsChanged(String source) {
}

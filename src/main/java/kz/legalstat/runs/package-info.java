/**
 * The runs of LegalStat's jobs, whichever feature defines the job: each marked alive while a process works on it, its
 * failure kept in words, and those a stopped process left running recorded as failed. Every job and step attaches
 * {@link kz.legalstat.runs.RunListeners} where it is built.
 */
package kz.legalstat.runs;

/** Internals of the reports: template handling and one writer per report. */
package kz.legalstat.report.internal;

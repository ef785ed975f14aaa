/** The Excel reports, filled from analyst-editable templates in Kazakh and Russian. */
package kz.legalstat.report;

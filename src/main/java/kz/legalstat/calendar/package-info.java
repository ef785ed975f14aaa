/**
 * The Kazakhstan working-day calendar that deadlines are counted on: loaded year by year by the office from the
 * official calendar, listed, and written out again for editing.
 */
package kz.legalstat.calendar;

/**
 * Collection: takes the units' submission files from the inbox, validates every row and loads them, and keeps every
 * stored act's deadlines derived from the terms and the calendar in force.
 */
package kz.legalstat.ingest;

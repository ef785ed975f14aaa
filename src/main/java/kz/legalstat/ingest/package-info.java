/** Collection: takes the units' submission files from the inbox, validates every row and loads them. */
package kz.legalstat.ingest;

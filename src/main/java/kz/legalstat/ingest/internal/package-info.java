/** Internals of collection: file readers, row schemas, validation and the COPY writer. */
package kz.legalstat.ingest.internal;

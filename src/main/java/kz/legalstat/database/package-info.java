/** Chooses the database: the configured one, an embedded PostgreSQL, or a local server. */
package kz.legalstat.database;

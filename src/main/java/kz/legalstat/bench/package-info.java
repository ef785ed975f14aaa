/** Benchmarks that measure LegalStat against the limit of the same machine in the same run. */
package kz.legalstat.bench;

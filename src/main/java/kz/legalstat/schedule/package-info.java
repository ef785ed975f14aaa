/** The nightly pipeline (collect, verify, report), its Quartz schedule, and the runs as operators read them. */
package kz.legalstat.schedule;

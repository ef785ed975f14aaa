/** The nightly pipeline (collect, verify, report) and its Quartz schedule. */
package kz.legalstat.schedule;

/** The analysts' web interface and its JSON API: exports on demand, runs, data quality, accounts; signed in, in Kazakh and Russian. */
package kz.legalstat.web;

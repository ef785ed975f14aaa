/** LegalStat, the batch back end of the state legal statistics and special accounts office. */
package kz.legalstat;

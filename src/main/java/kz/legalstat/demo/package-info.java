/** Realistic demo submissions for every unit, with the faults real units make. */
package kz.legalstat.demo;

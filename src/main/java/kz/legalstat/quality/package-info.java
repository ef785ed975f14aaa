/** Data-quality: completeness and consistency rules run as SQL, with findings kept per run. */
package kz.legalstat.quality;

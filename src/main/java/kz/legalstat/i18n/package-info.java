/** User-facing text in Kazakh and Russian from the message bundles. */
package kz.legalstat.i18n;

/**
 * The statutory terms of the acts of supervision as the office's data: versions per act type and addressee kind, with
 * the dates they are in force, loaded whole from a file, listed and written out again for editing.
 */
package kz.legalstat.terms;

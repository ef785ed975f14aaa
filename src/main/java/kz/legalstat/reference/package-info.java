/** Reference data the office maintains: reporting units, code lists and reporting obligations. */
package kz.legalstat.reference;

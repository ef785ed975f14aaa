/** Who may use the web interface: accounts with hashed passwords, their roles and the region a regional analyst keeps to. */
package kz.legalstat.account;

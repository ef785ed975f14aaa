/** The command line of docs/cli.md: parses the command before Spring starts and runs it. */
package kz.legalstat.cli;

package kz.legalstat.cli;

import picocli.CommandLine.Option;

/** A command that can print its result as one JSON document ({@code --json}), as every command but serve. */
abstract class JsonCommand implements CliCommand {

    @Option(names = "--json")
    boolean json;

    @Override
    public boolean json() {
        return json;
    }
}

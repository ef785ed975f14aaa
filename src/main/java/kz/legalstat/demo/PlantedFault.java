package kz.legalstat.demo;

/**
 * A mistake the demo makes on purpose, as real units make it, and the finding it must produce: the rule,
 * the unit, and the file and row where there is one.
 */
public record PlantedFault(String rule, String unitCode, String file, Integer row, String description) {
}

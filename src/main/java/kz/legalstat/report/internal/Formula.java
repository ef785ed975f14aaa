package kz.legalstat.report.internal;

/**
 * A cell formula with the value it evaluates to, stored as the cached result so that readers which do not
 * recalculate (POI, viewers, CSV converters) see the same number Excel shows.
 */
record Formula(String expression, Object cachedValue) {
}

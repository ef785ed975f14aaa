package kz.legalstat.web;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

import kz.legalstat.reference.ReferenceData;

/**
 * A region as the pages offer it to choose: closed ones too, since their months stay, with the month the list loaded
 * last closed them from (null while open), for the choice to say so.
 */
record RegionChoice(String code, String nameKk, String nameRu, YearMonth closedFrom) {

    /** The regions in the official order that {@code mayRead} lets a person see. */
    static List<RegionChoice> of(ReferenceData reference, Predicate<String> mayRead) {
        return reference.regions().stream().filter(r -> mayRead.test(r.code()))
                .map(r -> new RegionChoice(r.code(), r.nameKk(), r.nameRu(), reference.closedFrom(r.code()).orElse(null)))
                .toList();
    }
}

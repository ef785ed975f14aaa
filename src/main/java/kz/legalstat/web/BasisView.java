package kz.legalstat.web;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import kz.legalstat.i18n.Lang;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;
import kz.legalstat.report.FiguresBasis;
import kz.legalstat.report.FiguresBases;

import org.springframework.stereotype.Component;

/**
 * What a page that shows or exports a month's figures says beside them: preliminary or not, the verification whose
 * blocks apply, and each unit kept out with its name, its error count and a link to its errors.
 */
record BasisView(FiguresBasis basis, List<KeptOutUnit> keptOut) {

    record KeptOutUnit(String code, String name, int errors) {
    }

    /** Reads the basis of a month's figures as a person may see it (their region's units only). */
    @Component
    static class Reader {

        private final FiguresBases bases;
        private final ReferenceData reference;

        Reader(FiguresBases bases, ReferenceData reference) {
            this.bases = bases;
            this.reference = reference;
        }

        BasisView of(YearMonth period, String regionScope, Lang lang) {
            FiguresBasis basis = bases.of(period, regionScope);
            List<KeptOutUnit> units = basis.keptOut().stream()
                    .sorted(Comparator.comparingInt(k -> reference.unit(k.unitCode()).map(Unit::sortOrder)
                            .orElse(Integer.MAX_VALUE)))
                    .map(k -> new KeptOutUnit(k.unitCode(),
                            reference.unit(k.unitCode()).map(u -> u.name(lang)).orElse(""), k.errors()))
                    .toList();
            return new BasisView(basis, units);
        }
    }
}

package kz.legalstat.reference;

import kz.legalstat.i18n.Lang;

/**
 * A reporting unit: a region-level office (2-digit code) or a district/city office under it (4 digits), as a units'
 * list holds it. Which months it is open in, the lists say ({@link ReferenceData#listedIn}).
 */
public record Unit(String code, String parentCode, int sortOrder, String nameKk, String nameRu) {

    public boolean isRegion() {
        return parentCode == null;
    }

    public String regionCode() {
        return code.substring(0, 2);
    }

    public String name(Lang lang) {
        return lang == Lang.kk ? nameKk : nameRu;
    }

    /** Whether {@code other} is this unit or lies below it, so this unit may send its rows. */
    public boolean covers(String other) {
        return other.startsWith(code);
    }
}

package kz.legalstat.reference;

import java.time.LocalDate;
import java.time.YearMonth;

import kz.legalstat.i18n.Lang;

/**
 * A reporting unit: a region-level office (2-digit code) or a district/city office under it (4 digits); closed from
 * the first day of a month when a units' list left it out, open when {@code closedFrom} is null.
 */
public record Unit(String code, String parentCode, int sortOrder, String nameKk, String nameRu, LocalDate closedFrom) {

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

    /** Whether the unit was open in {@code month}: it reported for it, or may. */
    public boolean openIn(YearMonth month) {
        return closedFrom == null || month.atDay(1).isBefore(closedFrom);
    }

    /** The month it is closed from, or null while it is open. */
    public YearMonth closedMonth() {
        return closedFrom == null ? null : YearMonth.from(closedFrom);
    }
}

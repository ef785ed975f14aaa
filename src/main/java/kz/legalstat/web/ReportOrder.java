package kz.legalstat.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import kz.legalstat.account.Account;
import kz.legalstat.i18n.Lang;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;
import kz.legalstat.report.ReportName;

/**
 * A report as a person asks for it on a page or through the API, checked: a known report, a month that has
 * begun, a region that exists and that the person may see. A regional analyst who names no region gets their own.
 */
record ReportOrder(ReportName report, YearMonth period, Lang lang, String regionCode, LocalDate asOf) {


    static ReportOrder parse(String report, String period, String lang, String region, String asOf, Account account,
                             ReferenceData reference) {
        ReportName name = ReportName.parse(text(report))
                .orElseThrow(() -> WebRequestException.badRequest("web.error.report", text(report), ReportName.allowed()));
        YearMonth month = period(text(period));
        Lang language = language(lang);
        String regionCode = region(text(region), account, reference);
        LocalDate asOfDate = asOf(text(asOf), month);
        return new ReportOrder(name, month, language, regionCode, asOfDate);
    }

    static YearMonth period(String text) {
        YearMonth month;
        try {
            month = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw WebRequestException.badRequest("web.error.period", text);
        }
        YearMonth current = OfficeTime.currentMonth();
        if (month.isAfter(current)) {
            throw WebRequestException.badRequest("web.error.period-future", month, current);
        }
        if (month.isBefore(OfficeTime.FIRST_MONTH)) {
            throw WebRequestException.badRequest("web.error.period-early", month, OfficeTime.FIRST_MONTH);
        }
        return month;
    }

    private static Lang language(String text) {
        if (text == null || text.isBlank()) {
            return Lang.ru;
        }
        try {
            return Lang.parse(text);
        } catch (IllegalArgumentException e) {
            throw WebRequestException.badRequest("web.error.lang", text);
        }
    }

    /** The region asked for, null for the republic; a regional analyst always gets their own region. */
    static String region(String code, Account account, ReferenceData reference) {
        if (code.isEmpty()) {
            return account.regionScope();
        }
        Unit unit = reference.unit(code).filter(Unit::isRegion)
                .orElseThrow(() -> WebRequestException.badRequest("web.error.region", code));
        if (!account.mayRead(unit.code())) {
            throw WebRequestException.forbidden("web.error.region-forbidden", code, account.regionScope());
        }
        return unit.code();
    }

    private static LocalDate asOf(String text, YearMonth period) {
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw WebRequestException.badRequest("web.error.as-of", text);
        }
        if (date.isBefore(period.atDay(1))) {
            throw WebRequestException.badRequest("web.error.as-of-early", date, period);
        }
        return notFuture(date);
    }

    /** A day whose statuses are known: today or before. */
    static LocalDate notFuture(LocalDate date) {
        if (date.isAfter(OfficeTime.today())) {
            java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
            throw WebRequestException.badRequest("web.error.as-of-future", date.format(day), OfficeTime.today().format(day));
        }
        return date;
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }
}

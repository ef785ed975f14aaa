package kz.legalstat.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import kz.legalstat.account.Account;
import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.terms.ActDeadlines;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One act: what its unit sent, its status on a day and how its deadline was reached, so that an analyst can check
 * any overdue act by hand. Reached from the findings that name it.
 */
@Controller
class ActPages {

    private final ActDeadlines acts;
    private final SignedIn signedIn;
    private final Texts texts;
    private final ReferenceData reference;

    ActPages(ActDeadlines acts, SignedIn signedIn, Texts texts, ReferenceData reference) {
        this.acts = acts;
        this.signedIn = signedIn;
        this.texts = texts;
        this.reference = reference;
    }

    /** By query parameters: act numbers hold slashes (1910/26-1), which a path would have to encode. */
    @GetMapping("/act")
    String act(@RequestParam String unit, @RequestParam("id") String actId, @RequestParam(required = false) String asOf,
               Principal principal, Locale locale, Model model) {
        Account account = signedIn.account(principal);
        if (!account.mayRead(unit)) {
            throw WebRequestException.forbidden("web.error.region-forbidden", unit, account.regionScope());
        }
        LocalDate day = asOf == null || asOf.isBlank() ? OfficeTime.today() : date(asOf.strip());
        var act = acts.find(unit, actId, day)
                .orElseThrow(() -> WebRequestException.notFound("web.error.act-unknown", actId, unit));
        Lang lang = WebLanguageConfiguration.lang(locale);
        model.addAttribute("act", act);
        model.addAttribute("how", act.deadline().text(texts, lang, true));
        model.addAttribute("unitName", reference.unit(act.unitCode()).map(u -> u.name(lang)).orElse(""));
        model.addAttribute("typeName", reference.codeName("ACT_TYPE", act.actType(), lang));
        model.addAttribute("addresseeKindName", reference.codeName("ADDRESSEE_KIND", act.addresseeKind(), lang));
        model.addAttribute("outcomeName", act.outcome() == null ? "—" : reference.codeName("OUTCOME", act.outcome(), lang));
        return "act";
    }

    private static LocalDate date(String text) {
        try {
            return ReportOrder.notFuture(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw WebRequestException.badRequest("web.error.as-of", text);
        }
    }
}

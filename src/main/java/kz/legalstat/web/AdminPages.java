package kz.legalstat.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import kz.legalstat.account.Accounts;
import kz.legalstat.account.InvalidAccountException;
import kz.legalstat.account.Role;
import kz.legalstat.i18n.TextException;
import kz.legalstat.quality.InvalidRuleChangeException;
import kz.legalstat.quality.RuleCatalogue;
import kz.legalstat.reference.ReferenceData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators: accounts (add, change, disable) and the rule catalogue (switch a rule on or off, its severity
 * and tolerance, over what jobs/quality-rules.yml sets, or back to the file).
 */
@Controller
class AdminPages {

    private final Accounts accounts;
    private final RuleCatalogue rules;
    private final ReferenceData reference;

    AdminPages(Accounts accounts, RuleCatalogue rules, ReferenceData reference) {
        this.accounts = accounts;
        this.rules = rules;
        this.reference = reference;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::name).toList());
        model.addAttribute("regions", reference.regions());
        model.addAttribute("rules", rules.all());
        model.addAttribute("severities", List.of("ERROR", "WARNING", "INFO"));
        return "admin";
    }

    @PostMapping("/admin/users")
    String save(@RequestParam String username, @RequestParam String password, @RequestParam String role,
                @RequestParam(required = false) String region, RedirectAttributes redirect) {
        Role parsed = Role.parse(role).orElseThrow(() -> WebRequestException.badRequest("web.error.role", role));
        try {
            accounts.save(username.trim(), password, parsed, region);
            redirect.addFlashAttribute("saved", username.trim());
        } catch (InvalidAccountException e) {
            refused(e, redirect);
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/rules/{ruleId}")
    String changeRule(@PathVariable String ruleId, @RequestParam(defaultValue = "false") boolean enabled,
                      @RequestParam String severity, @RequestParam BigDecimal tolerance, Principal principal,
                      RedirectAttributes redirect) {
        try {
            rules.change(ruleId, enabled, severity, tolerance, principal.getName());
            redirect.addFlashAttribute("ruleSaved", ruleId);
        } catch (InvalidRuleChangeException e) {
            refused(e, redirect);
        }
        return "redirect:/admin#rules";
    }

    @PostMapping("/admin/rules/{ruleId}/reset")
    String resetRule(@PathVariable String ruleId, RedirectAttributes redirect) {
        try {
            rules.reset(ruleId);
            redirect.addFlashAttribute("ruleSaved", ruleId);
        } catch (InvalidRuleChangeException e) {
            refused(e, redirect);
        }
        return "redirect:/admin#rules";
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled) {
        if (!accounts.setEnabled(username, enabled)) {
            throw WebRequestException.notFound("web.error.user-unknown", username);
        }
        return "redirect:/admin";
    }

    /** The page shows again, saying what was wrong. */
    private static void refused(TextException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", e.key());
        redirect.addFlashAttribute("problemArgs", e.args());
    }
}

package kz.legalstat.web;

import java.util.Arrays;

import kz.legalstat.account.Accounts;
import kz.legalstat.account.InvalidAccountException;
import kz.legalstat.account.Role;
import kz.legalstat.quality.Findings;
import kz.legalstat.reference.ReferenceData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators: accounts (add, change, disable) and the rule catalogue. The rules themselves are switched and
 * tuned in jobs/quality-rules.yml, which every verification applies, so the page shows what that file set.
 */
@Controller
class AdminPages {

    private final Accounts accounts;
    private final Findings findings;
    private final ReferenceData reference;

    AdminPages(Accounts accounts, Findings findings, ReferenceData reference) {
        this.accounts = accounts;
        this.findings = findings;
        this.reference = reference;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::name).toList());
        model.addAttribute("regions", reference.regions());
        model.addAttribute("rules", findings.rules());
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
            redirect.addFlashAttribute("problem", e.key());
            redirect.addFlashAttribute("problemArgs", e.args());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled) {
        if (!accounts.setEnabled(username, enabled)) {
            throw WebRequestException.notFound("web.error.user-unknown", username);
        }
        return "redirect:/admin";
    }
}

package kz.legalstat.web;

import java.security.Principal;

import kz.legalstat.account.Account;
import kz.legalstat.schedule.Pipeline;
import kz.legalstat.schedule.Runs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What ran, how long it took and what it took in, found and wrote; operators restart a failed run here. */
@Controller
class RunPages {

    private static final Logger log = LoggerFactory.getLogger(RunPages.class);

    private final Runs runs;
    private final RunRestarts restarts;
    private final SignedIn signedIn;

    RunPages(Runs runs, RunRestarts restarts, SignedIn signedIn) {
        this.runs = runs;
        this.restarts = restarts;
        this.signedIn = signedIn;
    }

    @GetMapping("/runs")
    String runs(Principal principal, Model model) {
        Account account = signedIn.account(principal);
        model.addAttribute("runs", runs.latest(50).stream().map(r -> ServerPaths.shown(r, account)).toList());
        return "runs";
    }

    @PostMapping("/runs/{id}/restart")
    String restart(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        restarts.restart(id, principal.getName());
        redirect.addFlashAttribute("restarted", id);
        return "redirect:/runs";
    }

    /** Restarts run in the background: a nightly run takes minutes, and the page must answer at once. */
    @org.springframework.stereotype.Component
    static class RunRestarts {

        private final Runs runs;
        private final Pipeline pipeline;
        private final TaskExecutor executor;

        RunRestarts(Runs runs, Pipeline pipeline, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
            this.runs = runs;
            this.pipeline = pipeline;
            this.executor = executor;
        }

        void restart(long id, String operator) {
            Runs.Run run = runs.find(id).orElseThrow(() -> WebRequestException.notFound("web.error.run-unknown", id));
            if (!run.restartable()) {
                throw new WebRequestException(org.springframework.http.HttpStatus.CONFLICT, "web.error.run-not-restartable",
                        id, run.status());
            }
            log.info("Run {} restarted by {}", id, operator);
            executor.execute(() -> {
                try {
                    pipeline.restart(id);
                } catch (RuntimeException e) {
                    log.warn("Restart of run {} failed", id, e);
                }
            });
        }
    }
}

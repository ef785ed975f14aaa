package kz.legalstat.web;

import java.util.regex.Pattern;

import kz.legalstat.account.Account;
import kz.legalstat.i18n.Bilingual;
import kz.legalstat.quality.Findings;
import kz.legalstat.schedule.Runs;

/**
 * Folders of the server are the operators' business: to everyone else a path in a text (an inbox, a file a finding
 * names, a run's failure) is shown as its last name only, which is what a unit's office knows its file by.
 */
final class ServerPaths {

    /** An absolute path, Unix or Windows, that starts a word (not the «/26-1» of an act number), to a space or quote. */
    private static final Pattern PATH = Pattern.compile("(?<![^\\s=«\"(])(?:[A-Za-z]:\\\\|/)(?:[^\\s,;«»\"'/\\\\]+[/\\\\])+([^\\s,;«»\"'/\\\\]*)");

    private ServerPaths() {
    }

    /** {@code text} as {@code account} may see it. */
    static String shown(String text, Account account) {
        return text == null || account.mayOperate() ? text : PATH.matcher(text).replaceAll("$1");
    }

    static Runs.Run shown(Runs.Run run, Account account) {
        if (account.mayOperate()) {
            return run;
        }
        Bilingual failure = run.failure() == null ? null
                : new Bilingual(shown(run.failure().kk(), account), shown(run.failure().ru(), account));
        return new Runs.Run(run.id(), run.job(), run.status(), run.started(), run.seconds(), run.period(),
                shown(run.inbox(), account), shown(run.parameters(), account), run.files(), run.rowsLoaded(),
                run.rowsRejected(), run.errors(), run.warnings(), run.reports(), failure);
    }

    static Findings.Finding shown(Findings.Finding f, Account account) {
        if (account.mayOperate()) {
            return f;
        }
        return new Findings.Finding(f.ruleId(), f.severity(), f.regionCode(), f.unitCode(), shown(f.fileName(), account),
                f.rowNumber(), f.columnName(), shown(f.value(), account), shown(f.messageKk(), account),
                shown(f.messageRu(), account), f.actId());
    }
}

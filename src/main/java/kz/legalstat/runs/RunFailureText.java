package kz.legalstat.runs;

import kz.legalstat.i18n.Bilingual;
import kz.legalstat.i18n.TextException;
import kz.legalstat.i18n.Texts;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A run that failed for a reason of ours told in words (a report that could not be written: no permission, no
 * space) keeps that reason in both languages as its exit message, so that the runs list says it in the reader's
 * language instead of the first line of a stack trace. Other failures keep Spring Batch's own description.
 */
@Component
public class RunFailureText implements JobExecutionListener {

    /** The first line of an exit message that holds the text in both languages on the next two. */
    private static final String MARK = "LegalStat: kk, ru";

    private final Texts texts;

    RunFailureText(Texts texts) {
        this.texts = texts;
    }

    @Override
    public void afterJob(JobExecution execution) {
        execution.getAllFailureExceptions().stream()
                .filter(TextException.class::isInstance)
                .map(TextException.class::cast)
                .findFirst()
                .ifPresent(e -> execution.setExitStatus(new ExitStatus(execution.getExitStatus().getExitCode(),
                        encode(texts.both(e.key(), e.args())))));
    }

    static String encode(Bilingual text) {
        return String.join("\n", MARK, oneLine(text.kk()), oneLine(text.ru()));
    }

    /** The failure as it reads: the text in both languages, or the first line of what Spring Batch recorded. */
    public static Bilingual decode(String exitMessage) {
        String[] lines = exitMessage.split("\n", 4);
        if (lines.length >= 3 && lines[0].equals(MARK)) {
            return new Bilingual(lines[1], lines[2]);
        }
        return Bilingual.same(lines[0]);
    }

    public static boolean holdsText(String exitMessage) {
        return exitMessage != null && exitMessage.startsWith(MARK + "\n");
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }
}

package kz.legalstat.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import kz.legalstat.ingest.RunIntake;
import kz.legalstat.schedule.Pipeline;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A progress bar on stderr while a collection of an inbox runs: share of the bytes taken, files, rows, rows per
 * second and the time left. It reads what the run has committed, so it shows what is really stored. On a
 * terminal it redraws one line; otherwise (a log, a pipe) it writes a line now and then. Silent with --json.
 */
final class CollectionProgress implements AutoCloseable {

    private static final Duration TERMINAL_EVERY = Duration.ofMillis(500);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);
    private static final int WIDTH = 24;

    private final Thread thread;
    private volatile boolean closed;

    private CollectionProgress(Thread thread) {
        this.thread = thread;
    }

    /** Starts showing the progress of the run collecting {@code inbox}. */
    static CollectionProgress show(ConfigurableApplicationContext context, Path inbox, Console console) {
        Pipeline pipeline = context.getBean(Pipeline.class);
        RunIntake intake = context.getBean(RunIntake.class);
        // the run is looked for in the job repository until it has started, then only its intake is read
        Long[] run = new Long[1];
        return show(() -> {
            if (run[0] == null) {
                run[0] = pipeline.collecting(inbox).orElse(null);
            }
            return run[0] == null ? RunIntake.Taken.NOTHING : intake.of(run[0]);
        }, console);
    }

    private static CollectionProgress show(Supplier<RunIntake.Taken> running, Console console) {
        if (console.json()) {
            return new CollectionProgress(null);
        }
        boolean terminal = System.console() != null;
        CollectionProgress[] self = new CollectionProgress[1];
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            Duration every = terminal ? TERMINAL_EVERY : LOG_EVERY;
            String shown = "";
            while (!self[0].closed) {
                try {
                    Thread.sleep(every.toMillis());
                    RunIntake.Taken taken = running.get();
                    if (taken.files() > 0 && !self[0].closed) {
                        shown = line(console, taken, Duration.ofNanos(System.nanoTime() - start));
                        // on a terminal: the line cleared, the bar drawn, the cursor back at its start, so that a log
                        // line written meanwhile replaces the bar instead of running on after it
                        console.err.print(terminal ? "\r\033[K" + shown + "\r" : shown + System.lineSeparator());
                        console.err.flush();
                    }
                } catch (InterruptedException e) {
                    break;
                } catch (RuntimeException e) {
                    // the bar is a convenience: a failed look (the database busy or gone) is not the run's failure
                }
            }
            if (terminal && !shown.isEmpty()) {
                console.err.print("\033[K");
            }
        }, "progress");
        thread.setDaemon(true);
        self[0] = new CollectionProgress(thread);
        thread.start();
        return self[0];
    }

    /** The bar and its figures, in the operator's language. */
    static String line(Console console, RunIntake.Taken taken, Duration elapsed) {
        double share = taken.bytes() == 0 ? 0 : (double) taken.bytesDone() / taken.bytes();
        int filled = (int) Math.round(share * WIDTH);
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        long rowsPerSecond = Math.round(taken.rows() / seconds);
        String left = share <= 0 ? "?" : clock(Duration.ofMillis(Math.round(elapsed.toMillis() * (1 - share) / share)));
        return console.text("cli.progress", "#".repeat(filled) + ".".repeat(WIDTH - filled),
                String.format(Locale.ROOT, "%3d", Math.round(share * 100)), taken.filesDone(), taken.files(),
                taken.rows(), rowsPerSecond, left);
    }

    private static String clock(Duration duration) {
        long s = duration.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

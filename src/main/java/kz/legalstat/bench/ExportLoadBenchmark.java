package kz.legalstat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import kz.legalstat.account.Accounts;
import kz.legalstat.account.Role;
import kz.legalstat.ingest.CurrentState;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.schedule.Pipeline;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Many analysts exporting {@code supervision-acts} through the web interface at once while the nightly run
 * collects, verifies and reports: each analyst signs in, submits the export form, follows the export page as a
 * browser does and downloads the file. The limit is the same export by one analyst on an idle server, measured
 * in the same run.
 */
@Component
public class ExportLoadBenchmark {

    /** The month already collected; the analysts export the nightly's month, which reaches back to January. */
    static final YearMonth LOADED = YearMonth.of(2026, 9);
    static final YearMonth NIGHT = YearMonth.of(2026, 10);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration GIVE_UP = Duration.ofMinutes(15);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern DOWNLOAD = Pattern.compile("id=\"download\" href=\"([^\"]+)\"");
    private static final Pattern FAILED = Pattern.compile("class=\"status FAILED\"");

    private final JdbcTemplate jdbc;
    private final CurrentState currentState;
    private final Pipeline pipeline;
    private final ReferenceData reference;
    private final Accounts accounts;
    private final Environment environment;
    private final JobRepository repository;

    ExportLoadBenchmark(DataSource dataSource, CurrentState currentState, Pipeline pipeline, ReferenceData reference,
                        Accounts accounts, Environment environment, JobRepository repository) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.repository = repository;
        this.currentState = currentState;
        this.pipeline = pipeline;
        this.reference = reference;
        this.accounts = accounts;
        this.environment = environment;
    }

    /**
     * Figures of one run, in seconds: each export from the press of the button to the last byte of the file.
     * {@code nightlyStillRunning} says whether the nightly run was still at work when the last export finished.
     */
    public record Figures(int analysts, long loadedActs, long nightlyRows, double aloneSeconds, List<Double> seconds,
                          List<String> failures, String nightlyStatus, double nightlySeconds,
                          boolean nightlyStillRunning) {

        public double median() {
            List<Double> sorted = seconds.stream().sorted().toList();
            int n = sorted.size();
            return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        public double worst() {
            return seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        public boolean passed() {
            return failures.isEmpty() && seconds.size() == analysts && "COMPLETED".equals(nightlyStatus);
        }
    }

    public Figures run(Path folder, int analysts, long loadedActs, long nightlyActs, long nightlyRecords)
            throws Exception {
        BenchActs.insert(jdbc, LOADED, loadedActs / 10, loadedActs);
        currentState.refresh();
        Path inbox = folder.resolve("inbox");
        BenchFiles.write(inbox, NIGHT, reference.allUnits(), reference.regions(), nightlyActs, nightlyRecords);
        URI server = URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"));
        List<Analyst> signedIn = new ArrayList<>();
        for (int i = 0; i <= analysts; i++) {
            signedIn.add(Analyst.signIn(server, account(String.format("bench-analyst-%02d", i))));
        }

        double alone = signedIn.get(0).export();

        ExecutorService threads = Executors.newFixedThreadPool(analysts + 1);
        try {
            long nightlyStart = System.nanoTime();
            CompletableFuture<JobExecution> nightly = CompletableFuture.supplyAsync(
                    () -> pipeline.nightly(inbox, NIGHT, folder.resolve("nightly-reports")), threads);
            awaitNightlyStarted(nightly);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Double>> exports = new ArrayList<>();
            for (Analyst analyst : signedIn.subList(1, signedIn.size())) {
                exports.add(threads.submit(() -> {
                    go.await();
                    return analyst.export();
                }));
            }
            go.countDown();
            List<Double> seconds = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < exports.size(); i++) {
                try {
                    seconds.add(exports.get(i).get());
                } catch (ExecutionException e) {
                    failures.add("analyst " + (i + 1) + ": " + e.getCause().getMessage());
                }
            }
            boolean stillRunning = !nightly.isDone();
            JobExecution execution = nightly.join();
            double nightlySeconds = (System.nanoTime() - nightlyStart) / 1e9;
            return new Figures(analysts, loadedActs, nightlyActs + nightlyRecords, alone, List.copyOf(seconds),
                    failures, execution.getStatus().toString(), nightlySeconds, stillRunning);
        } finally {
            threads.shutdownNow();
        }
    }

    private Map.Entry<String, String> account(String name) {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        accounts.save(name, password, Role.ANALYST, null);
        return Map.entry(name, password);
    }

    /** The exports begin once the nightly run is at work, not while it is still starting. */
    private void awaitNightlyStarted(CompletableFuture<JobExecution> nightly) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline && !nightly.isDone()) {
            boolean atWork = repository.findRunningJobExecutions("nightlyJob").stream()
                    .flatMap(run -> run.getStepExecutions().stream())
                    .anyMatch(step -> step.getStatus() == BatchStatus.STARTED);
            if (atWork) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the nightly run did not start within a minute");
    }

    /** One analyst's browser: a session cookie, the form's CSRF token, the export page looked at until ready. */
    private record Analyst(URI server, HttpClient http) {

        static Analyst signIn(URI server, Map.Entry<String, String> account) throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
            Analyst analyst = new Analyst(server, http);
            String token = analyst.csrf("/login");
            HttpResponse<String> signed = analyst.post("/login",
                    Map.of("username", account.getKey(), "password", account.getValue(), "_csrf", token));
            if (signed.uri().getQuery() != null && signed.uri().getQuery().contains("error")) {
                throw new IllegalStateException(account.getKey() + " could not sign in");
            }
            return analyst;
        }

        /** Seconds from submitting the form to the last byte of the downloaded file. */
        double export() throws IOException, InterruptedException {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("report", "supervision-acts");
            form.put("period", NIGHT.toString());
            form.put("region", "");
            form.put("reportLang", "ru");
            form.put("asOf", "");
            form.put("_csrf", csrf("/reports"));
            long start = System.nanoTime();
            HttpResponse<String> page = post("/reports", form);
            URI exportPage = page.uri();
            if (page.statusCode() != 200 || !exportPage.getPath().startsWith("/exports/")) {
                throw new IllegalStateException("the export was refused: HTTP " + page.statusCode() + " at " + exportPage);
            }
            long deadline = start + GIVE_UP.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher download = DOWNLOAD.matcher(page.body());
                if (download.find()) {
                    download(download.group(1));
                    return (System.nanoTime() - start) / 1e9;
                }
                if (FAILED.matcher(page.body()).find()) {
                    throw new IllegalStateException("the export failed: " + exportPage);
                }
                Thread.sleep(POLL.toMillis());
                page = http.send(HttpRequest.newBuilder(exportPage).GET().build(), HttpResponse.BodyHandlers.ofString());
            }
            throw new IllegalStateException("the export was not ready in " + GIVE_UP.toMinutes() + " min: " + exportPage);
        }

        private void download(String path) throws IOException, InterruptedException {
            HttpResponse<InputStream> file = http.send(HttpRequest.newBuilder(server.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = file.body()) {
                byte[] head = in.readNBytes(2);
                in.transferTo(OutputStream.nullOutputStream());
                if (file.statusCode() != 200 || head.length < 2 || head[0] != 'P' || head[1] != 'K') {
                    throw new IllegalStateException("the download " + path + " is not a workbook: HTTP " + file.statusCode());
                }
            }
        }

        private String csrf(String path) throws IOException, InterruptedException {
            String page = http.send(HttpRequest.newBuilder(server.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = CSRF.matcher(page);
            if (!token.find()) {
                throw new IllegalStateException("no form token on " + path);
            }
            return token.group(1);
        }

        private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(server.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}

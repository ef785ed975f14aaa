package kz.legalstat.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.legalstat.PostgresTest;
import kz.legalstat.demo.DemoSubmissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two LegalStat servers ({@code serve}, each its own JVM) on one database, the nightly trigger firing every two
 * seconds: every fire runs on one server only, and when the server running the night is killed with SIGKILL the
 * other one recovers its fire and finishes that night, in the same job instance, every file taken once. (After
 * that, Quartz fires the slots missed while the job was blocked; the night being complete, they start nothing.)
 */
class ClusteredScheduleTest extends PostgresTest {

    /** A fire as the job logs it: the log line's time, the fire's scheduled time. */
    private static final Pattern FIRE = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) .*fire of (\\S+) on ",
            Pattern.MULTILINE);

    @Autowired
    DemoSubmissions demo;

    @TempDir
    Path dir;

    private final List<Process> servers = new ArrayList<>();

    /**
     * Stops the servers and leaves nothing of theirs for the next test to recover: their fires in flight and their
     * check-ins with the cluster, and a night one of them was running (the next test would take it for a killed
     * server's, and wait to recover it).
     */
    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process server : servers) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        jdbc.sql("DELETE FROM qrtz_fired_triggers").update();
        jdbc.sql("DELETE FROM qrtz_scheduler_state").update();
        jdbc.sql("""
                UPDATE batch_job_execution SET status = 'FAILED', exit_code = 'FAILED', end_time = now()
                WHERE status IN ('STARTING', 'STARTED', 'STOPPING')""").update();
    }

    @Test
    void eachFireRunsOnOneServerAndTheNightOfAKilledServerIsFinishedByTheOther() throws Exception {
        // given: the previous month's files of every unit, and two servers sharing the schedule
        YearMonth period = YearMonth.now(ZoneId.of("Asia/Almaty")).minusMonths(1);
        Path inbox = dir.resolve("inbox");
        demo.write(inbox, period, 3000, 5);
        long files;
        try (var walk = Files.walk(inbox)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        // no schedule, fire or server left in the shared tables by earlier tests: this cluster starts alone
        jdbc.sql("TRUNCATE qrtz_fired_triggers, qrtz_scheduler_state, qrtz_cron_triggers, qrtz_simple_triggers, "
                + "qrtz_simprop_triggers, qrtz_blob_triggers, "
                + "qrtz_triggers, qrtz_job_details CASCADE").update();
        Process first = server("first", inbox);
        Process second = server("second", inbox);

        // when: the server that took the night is killed while it collects
        long run = await(Duration.ofMinutes(2), () -> jdbc.sql("""
                SELECT e.job_execution_id FROM batch_job_execution e
                JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
                     AND p.parameter_name = 'inbox' AND p.parameter_value = ?
                WHERE e.status = 'STARTED'""").param(inbox.toAbsolutePath().normalize().toString())
                .query(Long.class).optional().filter(id -> loaded() >= 300).orElse(null));
        String killedName = log("first").contains("[run " + run + "]") ? "first" : "second";
        String survivorName = killedName.equals("first") ? "second" : "first";
        Process killed = killedName.equals("first") ? first : second;
        Process survivor = killed == first ? second : first;
        LocalTime killedAt = LocalTime.now();
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(loaded()).as("the night was cut short").isLessThan(files);

        // then: the other server finishes the night in the same job instance
        long instance = jdbc.sql("SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = ?")
                .param(run).query(Long.class).single();
        await(Duration.ofMinutes(3), () -> jdbc.sql("""
                SELECT 1 FROM batch_job_execution WHERE job_instance_id = ? AND status = 'COMPLETED'""")
                .param(instance).query(Integer.class).optional().orElse(null));
        assertThat(survivor.isAlive()).isTrue();
        assertThat(jdbc.sql("SELECT status FROM batch_job_execution WHERE job_instance_id = ? ORDER BY job_execution_id")
                .param(instance).query(String.class).list()).containsExactly("FAILED", "COMPLETED");
        // every file taken once, none twice
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isEqualTo(files);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (SELECT sha256, unit_code, kind, period FROM submission
                                      GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) AS twice""").query(Long.class).single())
                .isZero();

        // and it did so as Quartz's recovery of the killed server's fire
        assertThat(log(survivorName)).contains("recovering the fire of a server that stopped");

        // and while both servers were up, each fire of the trigger ran on one of them only
        Map<String, List<String>> firedOn = new HashMap<>();
        for (String name : List.of("first", "second")) {
            Matcher fire = FIRE.matcher(log(name));
            while (fire.find()) {
                if (LocalTime.parse(fire.group(1)).isBefore(killedAt)) {
                    firedOn.computeIfAbsent(fire.group(2), t -> new ArrayList<>()).add(name);
                }
            }
        }
        assertThat(firedOn).isNotEmpty();
        assertThat(firedOn.values()).as(fires()).allSatisfy(servers -> assertThat(servers).hasSize(1));
    }

    private long loaded() {
        return jdbc.sql("SELECT count(*) FROM submission WHERE status <> 'RECEIVED'").query(Long.class).single();
    }

    /** {@code java ... serve} in its own JVM, on a free port, firing every two seconds. */
    private Process server(String name, Path inbox) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "kz.legalstat.LegalStatApplication", "serve", "--server.port=0",
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER,
                "--legalstat.jobs.nightly.cron=*/2 * * * * ?",
                "--legalstat.jobs.nightly.inbox=" + inbox,
                "--legalstat.jobs.nightly.out=" + dir.resolve("reports"),
                "--legalstat.report.exports-dir=" + dir.resolve("exports-" + name),
                // a server that stops checking in is taken for dead after a second or two, not the default 15 s
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000"))
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        servers.add(server);
        return server;
    }

    private String fires() throws Exception {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("first", "second")) {
            log(name).lines().filter(l -> l.contains("NightlyQuartzJob") || l.contains("AbandonedRuns"))
                    .forEach(l -> text.append(name).append(": ").append(l, 0, Math.min(l.length(), 200)).append('\n'));
        }
        return text.toString();
    }

    private String log(String name) throws Exception {
        return Files.readString(dir.resolve(name + ".log"));
    }

    /** What {@code check} finds within {@code limit}; else the failure carries both servers' logs. */
    private <T> T await(Duration limit, java.util.concurrent.Callable<T> check) throws Exception {
        try {
            return org.awaitility.Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(200))
                    .until(check, java.util.Objects::nonNull);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("not within " + limit + "; logs:\n" + log("first") + "\n---\n" + log("second"));
        }
    }
}

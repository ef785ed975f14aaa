package kz.legalstat.report;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Where exports are asked for (a server), requests in hand are renewed, and those a stopped server left behind
 * are taken up, so that nobody waits forever for a file after a crash or a restart. A command-line run, which
 * ends when its work is done, takes none up.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
class AbandonedExports {

    private final ReportExports exports;
    private final Duration silentFor;

    AbandonedExports(ReportExports exports, @Value("${legalstat.report.export-abandoned-after}") Duration silentFor) {
        this.exports = exports;
        this.silentFor = silentFor;
    }

    @Scheduled(fixedDelayString = "${legalstat.report.export-heartbeat}")
    void keepAlive() {
        exports.keepAlive();
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${legalstat.report.export-heartbeat}")
    void resume() {
        exports.resumeAbandoned(silentFor);
    }
}

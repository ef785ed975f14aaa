package kz.legalstat.web;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven by Selenium, as the browser tests use it. */
final class Browsers {

    private Browsers() {
    }

    /** A new headless Chromium with its own profile, saving downloads into {@code downloads} without asking. */
    static WebDriver open(Path downloads, Path profile, String lang) {
        String chromium = System.getenv().getOrDefault("LEGALSTAT_CHROMIUM", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("LEGALSTAT_CHROMEDRIVER", "/usr/bin/chromedriver");
        // a missing browser fails the integration lane saying what to install, never skips it
        if (!java.nio.file.Files.isExecutable(Path.of(chromium)) || !java.nio.file.Files.isExecutable(Path.of(driver))) {
            throw new AssertionError("The browser tests need Chromium and its driver at " + chromium + " and " + driver
                    + ": apt-get install chromium chromium-driver, or set LEGALSTAT_CHROMIUM and LEGALSTAT_CHROMEDRIVER");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // the closed network of CI: no background calls home, no sandbox when running as root
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--lang=" + lang, "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .build();
        return new ChromeDriver(service, options);
    }
}

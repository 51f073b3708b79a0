package kz.saruar.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** Debian's headless Chromium for the report tests: the DOM it rendered and a screenshot that must not be blank. */
public final class Chromium {
    private Chromium() {
    }

    /** Runs Debian's headless Chromium on a file; the test fails when it is missing. */
    public static String run(Path file, String... args) throws Exception {
        String binary = new File("/usr/bin/chromium").canExecute() ? "/usr/bin/chromium" : "chromium";
        Path profile = Files.createTempDirectory("saruar-chromium");
        List<String> command = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        command.add(file.toUri().toString());
        Path stdout = Files.createTempFile("chromium", ".out");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new AssertionError("headless Chromium is needed for this test and could not start (" + binary
                    + "); install it: apt-get install -y chromium", e);
        }
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    /**
     * {@link #domAndScreenshot} for several pages at once, one Chromium each side by side (a launch
     * spends a good part of its time waiting): the DOMs in the order of {@code files}.
     */
    public static List<String> domsAndScreenshots(List<Path> files, List<Path> pngs) throws Exception {
        assertThat(pngs).hasSameSizeAs(files);
        ExecutorService pool = Executors.newFixedThreadPool(files.size());
        try {
            List<Future<String>> doms = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                Path png = pngs.get(i);
                doms.add(pool.submit(() -> domAndScreenshot(file, png)));
            }
            List<String> out = new ArrayList<>();
            for (Future<String> d : doms) {
                try {
                    out.add(d.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error err) {
                        throw err; // an assertion keeps its message
                    }
                    throw e;
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Renders the page once: returns the DOM Chromium built, and keeps its screenshot at {@code png}
     * after checking that at least 3 % of it is ink, not white (one launch does both).
     */
    public static String domAndScreenshot(Path file, Path png) throws Exception {
        Files.deleteIfExists(png);
        String dom = run(file, "--dump-dom", "--screenshot=" + png, "--window-size=1200,3000");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("screenshot " + png).isNotNull();
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 235 || ((rgb >> 8) & 0xff) < 235 || (rgb & 0xff) < 235) {
                    ink++;
                }
            }
        }
        double share = ink / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
        assertThat(share).as("share of non-white pixels in " + png).isGreaterThan(0.03);
        return dom;
    }
}

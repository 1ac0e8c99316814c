package dev.deltascope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the app image (and the .deb, where one was built) that {@code ./mvnw -Pdist package} makes. */
class DistributionIT {

    private static final Path DIST = Path.of(System.getProperty("dist.dir", "target/dist"));
    private static final Path IMAGE = DIST.resolve("Deltascope");
    private static final Path LAUNCHER = IMAGE.resolve("bin/Deltascope");
    private static final Path CLI_LAUNCHER = IMAGE.resolve("bin/deltascope");
    private static final Path NETWORK = Path.of("src/main/resources/dev/deltascope/networks/default.json");

    @Test
    void theAppImagePrintsThePomVersionWithoutADisplay() throws Exception {
        Run run = run(LAUNCHER.toString(), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("deltascope " + pomVersion(), run.out().strip());
    }

    @Test
    void theAppImageAndTheShadedJarReportTheSameVersion() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Run jar = run(java.toString(), "-Djava.awt.headless=true", "-jar", "target/deltascope.jar", "--version");
        Run image = run(LAUNCHER.toString(), "--version");
        assertEquals(0, jar.exitCode(), jar.err());
        assertEquals(jar.out(), image.out());
    }

    @ParameterizedTest
    @CsvSource({"pdf, derivation.pdf, %PDF", "svg, step-03.svg, <?xml", "png, step-03.png, \u0089PNG",
        "tex, derivation.tex, % Compiles with"})
    void theTrimmedRuntimeExportsEachFormatHeadless(String format, String file, String start, @TempDir Path out)
            throws Exception {
        Run run = run(LAUNCHER.toString(), "export", NETWORK.toString(), "--format", format, "--step", "3",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        byte[] head = Arrays.copyOf(Files.readAllBytes(out.resolve(file)), start.length());
        assertEquals(start, new String(head, StandardCharsets.ISO_8859_1), file);
    }

    @Test
    void theRuntimeHoldsJavaFxButNoDeveloperTools() throws IOException {
        String release = Files.readString(IMAGE.resolve("lib/runtime/release"));
        Matcher modules = Pattern.compile("MODULES=\"([^\"]*)\"").matcher(release);
        assertTrue(modules.find(), "no MODULES line in the runtime's release file");
        Set<String> names = Set.of(modules.group(1).split(" "));
        assertTrue(names.containsAll(Set.of("javafx.controls", "javafx.swing", "java.desktop", "java.xml")),
                names::toString);
        for (String tool : List.of("jdk.compiler", "java.compiler", "jdk.jshell", "jdk.jfr", "java.net.http")) {
            assertFalse(names.contains(tool), tool + " is in the runtime");
        }
    }

    @Test
    void everyJarInTheAppImageIsAListedBundledLibraryOfTheSameVersion() throws IOException {
        Set<String> listed = Version.bundledLibraries().stream()
                .flatMap(library -> library.artifacts().stream()
                        .map(artifact -> artifact.substring(artifact.indexOf(':') + 1) + "-" + library.version() + ".jar"))
                .collect(Collectors.toSet());
        List<String> jars;
        try (Stream<Path> files = Files.list(IMAGE.resolve("lib/app"))) {
            jars = files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".jar"))
                    .filter(name -> !name.startsWith("deltascope-")).sorted().toList();
        }
        assertTrue(jars.size() >= 15, jars::toString);
        for (String jar : jars) {
            assertTrue(listed.contains(jar), jar + " is bundled but not listed in bundled-libraries.tsv");
        }
    }

    @Test
    void theDesktopEntryStartsTheInstalledLauncherWithItsIcon() throws IOException {
        List<String> entry = Files.readAllLines(IMAGE.resolve("lib/deltascope.desktop"));
        assertTrue(entry.contains("Exec=/opt/deltascope/bin/Deltascope %f"),
                () -> "a file handed over by the desktop opens in the window: " + entry);
        assertTrue(entry.contains("Icon=/opt/deltascope/lib/Deltascope.png"), entry::toString);
        assertTrue(entry.contains("Categories=Education;Science;Math;"), entry::toString);
        assertTrue(entry.contains("StartupWMClass=dev.deltascope.view.DeltascopeApp"), "the window's WM_CLASS");
        assertArrayEquals(Files.readAllBytes(Path.of("assets/icon.png")),
                Files.readAllBytes(IMAGE.resolve("lib/Deltascope.png")), "the image's icon is not assets/icon.png");
    }

    @Test
    void theDebInstallsTheImageUnderOptWithAMenuEntry() throws Exception {
        Path deb = deb();
        assertEquals("deltascope_" + pomVersion().replaceAll("-.*", "") + "-1_amd64.deb",
                deb.getFileName().toString());
        Run contents = run("dpkg-deb", "--contents", deb.toString());
        assertEquals(0, contents.exitCode(), contents.err());
        for (String path : List.of("./opt/deltascope/bin/Deltascope", "./opt/deltascope/lib/Deltascope.png",
                "./opt/deltascope/lib/deltascope-Deltascope.desktop", "./opt/deltascope/lib/classes.list")) {
            assertTrue(contents.out().contains(path), path + " is not in the .deb");
        }
        Run menuEntry = run("sh", "-c", "dpkg-deb --fsys-tarfile \"$0\" | tar -xOf - $1", deb.toString(),
                "./opt/deltascope/lib/deltascope-Deltascope.desktop");
        assertEquals(Files.readString(IMAGE.resolve("lib/deltascope.desktop")), menuEntry.out());
        Run commandLineEntry = run("sh", "-c", "dpkg-deb --fsys-tarfile \"$0\" | tar -xOf - $1", deb.toString(),
                "./opt/deltascope/lib/deltascope-deltascope.desktop");
        assertTrue(commandLineEntry.out().contains("Exec=/opt/deltascope/bin/deltascope --help"), commandLineEntry.out());
        assertTrue(commandLineEntry.out().contains("NoDisplay=true"), "the command line must not be in the menu");
        Run control = run("dpkg-deb", "--field", deb.toString(), "Section", "Depends");
        assertTrue(control.out().contains("Section: education"), control.out());
        assertTrue(control.out().contains("libgtk-3-0"), control.out());
    }

    @Test
    void theDebsPostInstallScriptArchivesTheInstalledClassesAndRemovalDeletesTheArchive(@TempDir Path scratch)
            throws Exception {
        Path root = scratch.resolve("root");
        Path control = scratch.resolve("control");
        Run unpack = run("sh", "-c", "dpkg-deb -x \"$0\" \"$1\" && dpkg-deb -e \"$0\" \"$2\"", deb().toString(),
                root.toString(), control.toString());
        assertEquals(0, unpack.exitCode(), unpack.err());
        Path installed = root.resolve("opt/deltascope");
        Path archive = installed.resolve("lib/app/deltascope.jsa");
        for (String config : List.of("Deltascope.cfg", "deltascope.cfg")) {
            assertTrue(Files.readAllLines(installed.resolve("lib/app/" + config))
                    .contains("java-options=-XX:SharedArchiveFile=$APPDIR/deltascope.jsa"), config);
        }
        assertFalse(Files.exists(archive), "the .deb must not ship an archive made for another class path");

        Run postinst = maintainerScript(scratch, control.resolve("postinst"), root, "configure");
        assertEquals(0, postinst.exitCode(), postinst.out() + postinst.err());
        assertEquals("", postinst.err(), "postinst reported a problem");
        assertTrue(Files.size(archive) > 10_000_000, "the archive is only " + Files.size(archive) + " bytes");
        for (Path launcher : List.of(installed.resolve("bin/Deltascope"), installed.resolve("bin/deltascope"))) {
            Run sharing = runWith("-Xshare:on", launcher.toString(), "--version");
            assertEquals(0, sharing.exitCode(), "-Xshare:on fails when the archive is unusable: " + sharing.err());
            Run dictionary = runWith("-XX:+PrintSharedArchiveAndExit -XX:+UnlockDiagnosticVMOptions -XX:+PrintSharedDictionary",
                    launcher.toString(), "--version");
            String output = dictionary.out() + dictionary.err();
            assertTrue(output.contains("archive is valid"), output);
            for (String shared : List.of("dev.deltascope.view.DeltascopeApp", "org.scilab.forge.jlatexmath.TeXFormula",
                    "atlantafx.base.theme.PrimerLight", "javafx.scene.control.TableView")) {
                assertTrue(Pattern.compile("\\d+: " + Pattern.quote(shared) + " ").matcher(output).find(),
                        shared + " is not in the installed archive");
            }
        }

        Path jar = installed.resolve("lib/app/deltascope-" + pomVersion() + ".jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertStartsQuietlyWithoutTheArchive(installed, "a stale archive");
        Run prerm = maintainerScript(scratch, control.resolve("prerm"), root, "remove");
        assertEquals(0, prerm.exitCode(), prerm.out() + prerm.err());
        assertFalse(Files.exists(archive), "prerm left the archive, so dpkg could not remove lib/app");
        assertStartsQuietlyWithoutTheArchive(installed, "a missing archive");
    }

    private static void assertStartsQuietlyWithoutTheArchive(Path installed, String what) throws Exception {
        Run stale = run(installed.resolve("bin/Deltascope").toString(), "--version");
        assertEquals(0, stale.exitCode(), what + ": " + stale.err());
        assertEquals("deltascope " + pomVersion(), stale.out().strip(), what);
        assertEquals("", stale.err(), what + " must be ignored, not reported");
    }

    /**
     * Runs a maintainer script of the .deb on the package unpacked under {@code root} (its paths are
     * under {@code $DPKG_ROOT}), with {@code xdg-desktop-menu} stubbed so the menu of this machine is
     * left alone.
     */
    private static Run maintainerScript(Path scratch, Path script, Path root, String action) throws Exception {
        Path stubs = Files.createDirectories(scratch.resolve("stubs"));
        Path menu = stubs.resolve("xdg-desktop-menu");
        Files.writeString(menu, "#!/bin/sh\nexit 0\n");
        menu.toFile().setExecutable(true);
        return run("env", "DPKG_ROOT=" + root, "PATH=" + stubs + ":" + System.getenv("PATH"), "sh", script.toString(), action);
    }

    private static Path deb() throws IOException {
        List<Path> debs;
        try (Stream<Path> files = Files.list(DIST)) {
            debs = files.filter(path -> path.getFileName().toString().endsWith(".deb")).toList();
        }
        assertEquals(1, debs.size(), "one .deb in " + DIST + " (building it needs dpkg-deb and fakeroot: Debian packages dpkg, fakeroot)");
        return debs.get(0);
    }

    private static String pomVersion() throws IOException {
        Matcher version = Pattern.compile("</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(version.find(), "pom.xml has no project version");
        return version.group(1);
    }

    @Test
    void theCommandLineLauncherRunsTheSameAppTunedForShortRuns(@TempDir Path out) throws Exception {
        Run version = run(CLI_LAUNCHER.toString(), "--version");
        assertEquals(0, version.exitCode(), version.err());
        assertEquals("deltascope " + pomVersion(), version.out().strip());
        Run export = run(CLI_LAUNCHER.toString(), "export", NETWORK.toString(), "--format", "pdf", "--out", out.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(Files.size(out.resolve("derivation.pdf")) > 1000, "the PDF is empty");
        List<String> options = Files.readAllLines(IMAGE.resolve("lib/app/deltascope.cfg"));
        assertTrue(options.contains("java-options=-XX:TieredStopAtLevel=1"), options::toString);
        assertTrue(Files.readAllLines(IMAGE.resolve("lib/app/Deltascope.cfg")).contains("java-options=-XX:TieredStopAtLevel=1"),
                "the window's launcher runs C1 alone as well (BENCHMARKS.md, \"Bottlenecks\" 6)");
    }

    @Test
    void theRuntimeSharesTheWindowsJavaFxClassesFromItsArchive() throws Exception {
        assertSharedArchiveHoldsJavaFx(LAUNCHER);
    }

    @Test
    void theArchiveStaysValidWhenTheImageIsMovedAsTheDebDoes(@TempDir Path moved) throws Exception {
        Path copy = moved.resolve("deltascope");
        try (Stream<Path> files = Files.walk(IMAGE)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(IMAGE.relativize(file).toString());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        assertSharedArchiveHoldsJavaFx(copy.resolve("bin/Deltascope"));
    }

    /** The JVM's own check of the archive against this runtime and the launcher's class path. */
    private static void assertSharedArchiveHoldsJavaFx(Path launcher) throws Exception {
        Run run = runWith("-XX:+PrintSharedArchiveAndExit -XX:+UnlockDiagnosticVMOptions -XX:+PrintSharedDictionary",
                launcher.toString(), "--version");
        String output = run.out() + run.err();
        assertEquals(0, run.exitCode(), output);
        assertTrue(output.contains("archive is valid"), output);
        for (String shared : List.of("javafx.scene.Scene", "javafx.scene.control.Button",
                "com.sun.javafx.tk.quantum.QuantumToolkit", "java.awt.image.BufferedImage")) {
            assertTrue(Pattern.compile("\\d+: " + Pattern.quote(shared) + " ").matcher(output).find(),
                    shared + " is not in the shared archive");
        }
    }

    /** Runs a command with no display, as on a build server, and collects its output. */
    private static Run run(String... command) throws IOException, InterruptedException {
        return runWith(null, command);
    }

    private static Run runWith(String javaToolOptions, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)));
        if (javaToolOptions == null) {
            builder.environment().remove("JAVA_TOOL_OPTIONS");
        } else {
            builder.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Path err = Files.createTempFile("deltascope-dist", ".err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        String errors = Files.readString(err);
        Files.delete(err);
        return new Run(process.exitValue(), out, errors);
    }

    private record Run(int exitCode, String out, String err) {
    }
}

package dev.deltascope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's class-data archive: which starts get one, what its name depends on, the relaunch's
 * command, and a real dump by this JDK into the cache folder, checked by the JVM with -Xshare:on.
 */
class ClassArchiveTest {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path folder;

    @Test
    void onlyAPlainJavaJarStartGetsAnArchive() throws IOException {
        Path jar = jar();
        Path cache = folder.resolve("cache");
        assertTrue(of(List.of("-jar", jar.toString()), "", false).isPresent());
        assertTrue(of(List.of("-Xmx1g", "-jar", jar.toString(), "net.json"), "on", false).isPresent());
        assertFalse(of(List.of("-cp", jar.toString(), "dev.deltascope.Launcher"), "", false).isPresent(), "not -jar");
        assertFalse(of(List.of("-jar", jar.toString()), "off", false).isPresent(), "turned off");
        assertFalse(of(List.of("-jar", jar.toString()), "", true).isPresent(), "already relaunched");
        assertFalse(of(List.of("-XX:SharedArchiveFile=mine.jsa", "-jar", jar.toString()), "", false).isPresent(),
                "the user's own archive");
        assertFalse(of(List.of("-Xshare:off", "-jar", jar.toString()), "", false).isPresent(), "sharing turned off");
        assertFalse(ClassArchive.of(JAVA, List.of("-jar", folder.resolve("missing.jar").toString()), "", false, "17", cache)
                .isPresent(), "an unreadable jar");
    }

    @Test
    void theArchivesNameFollowsTheJarAndTheJvm() throws IOException {
        Path jar = jar();
        Path first = of(List.of("-jar", jar.toString()), "", false).orElseThrow().file();
        assertEquals(first, of(List.of("-jar", jar.toString()), "", false).orElseThrow().file());
        assertEquals(folder.resolve("cache"), first.getParent());
        Path otherJvm = ClassArchive.of(JAVA, List.of("-jar", jar.toString()), "", false, "17.0.16+8", folder.resolve("cache"))
                .orElseThrow().file();
        assertNotEquals(first, otherJvm);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertNotEquals(first, of(List.of("-jar", jar.toString()), "", false).orElseThrow().file(), "a rebuilt jar");
    }

    @Test
    void theRelaunchKeepsTheOptionsAndArgumentsAndAddsTheArchiveOnceItExists() throws IOException {
        Path jar = jar();
        ClassArchive archive = of(List.of("-Xmx1g", "-Dx=y", "-jar", jar.toString()), "", false).orElseThrow();
        assertEquals(Optional.empty(), archive.relaunchCommand(List.of("net.json")), "no archive yet");
        Files.createDirectories(archive.file().getParent());
        Files.write(archive.file(), new byte[] {1});
        assertEquals(List.of(JAVA.toString(), "-Xmx1g", "-Dx=y", "-XX:SharedArchiveFile=" + archive.file(),
                "-XX:TieredStopAtLevel=1", "-Ddeltascope.relaunched=true", "-jar", jar.toAbsolutePath().toString(), "net.json"),
                archive.relaunchCommand(List.of("net.json")).orElseThrow());
        ClassArchive ownCompiler = of(List.of("-XX:-TieredCompilation", "-jar", jar.toString()), "", false).orElseThrow();
        assertFalse(ownCompiler.relaunchCommand(List.of()).orElseThrow().contains("-XX:TieredStopAtLevel=1"),
                "the user's own compiler options stay the only ones");
    }

    @Test
    void theCacheFolderFollowsXdg() {
        assertEquals(Path.of("/x/cache/deltascope"), ClassArchive.cacheFolder(Map.of("XDG_CACHE_HOME", "/x/cache")));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "deltascope"), ClassArchive.cacheFolder(Map.of()));
    }

    @Test
    void theBackgroundDumpMakesAnArchiveTheJvmAcceptsAndDeletesStaleOnes() throws Exception {
        Path jar = jar();
        ClassArchive archive = of(List.of("-jar", jar.toString()), "", false).orElseThrow();
        Path stale = Files.createDirectories(archive.file().getParent()).resolve("deltascope-1-2-17.jsa");
        Files.write(stale, new byte[] {1});
        Path leftList = Files.writeString(archive.file().getParent().resolve("classes123.list"), "java/lang/Object\n");
        Files.setLastModifiedTime(leftList, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000));
        Path leftPart = Files.write(archive.file().getParent().resolve("deltascope-1-2-17.jsa.9.part"), new byte[] {1});
        Files.setLastModifiedTime(leftPart, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000));
        Path runningPart = Files.write(archive.file().getParent().resolve("deltascope-1-2-17.jsa.8.part"), new byte[] {1});
        Process dump = archive.makeInBackground().orElseThrow();
        assertTrue(dump.waitFor(3, TimeUnit.MINUTES), "the dump did not finish");
        assertTrue(Files.size(archive.file()) > 1_000_000, "no archive");
        assertFalse(Files.exists(stale), "the stale archive was kept");
        Files.delete(runningPart);
        try (Stream<Path> files = Files.list(archive.file().getParent())) {
            assertEquals(List.of(archive.file()), files.toList(),
                    "a class list or partial file was left, or one an hour old was not deleted");
        }
        Process check = new ProcessBuilder(JAVA.toString(), "-Xshare:on", "-XX:SharedArchiveFile=" + archive.file(),
                "-cp", jar.toAbsolutePath().toString(), "-version").redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, check.exitValue(), output);
        assertEquals(Optional.empty(), archive.makeInBackground(), "made twice");
    }

    @Test
    void aFailedDumpLeavesNoArchive() throws Exception {
        Path jar = jar();
        ClassArchive archive = ClassArchive.of(folder.resolve("no-java"), List.of("-jar", jar.toString()), "", false, "17",
                folder.resolve("cache")).orElseThrow();
        Process dump = archive.makeInBackground().orElseThrow();
        assertTrue(dump.waitFor(1, TimeUnit.MINUTES));
        assertFalse(Files.exists(archive.file()));
        try (Stream<Path> files = Files.list(archive.file().getParent())) {
            assertEquals(List.of(), files.toList(), "the class list or the partial file was left");
        }
    }

    private Optional<ClassArchive> of(List<String> arguments, String switchValue, boolean relaunched) {
        return ClassArchive.of(JAVA, arguments, switchValue, relaunched, System.getProperty("java.vm.version"),
                folder.resolve("cache"));
    }

    /** An empty jar: the dump needs a class path, and the JDK classes of the list need nothing from it. */
    private Path jar() throws IOException {
        Path jar = folder.resolve("deltascope.jar");
        if (!Files.exists(jar)) {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
                out.flush();
            }
        }
        return jar;
    }
}

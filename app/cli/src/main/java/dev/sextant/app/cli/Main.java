package dev.sextant.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Entry point of the launcher and installers: a plain class, so JavaFX runs from the classpath. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        createCdsFolder(System.getProperty("sextant.cds.dir"));
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(SextantCommand.run(args));
    }

    /**
     * The installed launchers keep their AppCDS archive in the user's cache folder, named by
     * {@code -Dsextant.cds.dir} (see packaging/pom.xml), one file per installed version because the JVM
     * ignores, but does not rewrite, an archive made for another classpath. The JVM writes the archive at
     * exit but does not create its folder, so it is created here; without it the app simply starts
     * without the archive.
     */
    static void createCdsFolder(String dir) {
        if (dir == null || dir.isBlank() || dir.contains("$")) { // "$": a variable the launcher could not expand
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
        } catch (IOException | RuntimeException e) {
            // no archive this time; start-up is only slower
        }
    }
}

package dev.sextant.app;

import dev.sextant.app.cli.SextantCommand;

/** Entry point of the launcher and installers: a plain class, so JavaFX runs from the classpath. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(SextantCommand.run(args));
    }
}

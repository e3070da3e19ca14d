package dev.sextant.app.api;

/**
 * Contributes one top-level CLI command, {@code ./sextant NAME [args]}. The command is a picocli
 * command object: a class annotated with {@code @picocli.CommandLine.Command(name = ...)} that
 * implements {@link java.util.concurrent.Callable} (returning the exit code) or {@link Runnable}.
 * A plugin gives the command the {@link PluginContext} it got in {@link SextantPlugin#register}.
 */
public interface CommandProvider {

    /** The command's name; must not be one of the built-in commands. */
    String name();

    /** A fresh command object for one execution. */
    Object newCommand();
}

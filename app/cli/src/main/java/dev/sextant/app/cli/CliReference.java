package dev.sextant.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The command reference in Markdown, generated from the picocli command tree: one section per command with its
 * usage help, in the order {@code --help} lists them. Commands added by plugins are not in it (they exist only once
 * a home is open).
 */
final class CliReference {

    private static final int WIDTH = 110;

    private CliReference() {
    }

    static String markdown(CommandLine root) {
        StringBuilder md = new StringBuilder("""
                # Command reference

                Generated from the commands' own help (`./sextant COMMAND --help` prints the same). Every command
                that produces a result takes `--json FILE`, where `-` is standard output.
                """);
        append(md, root);
        return md.toString();
    }

    private static void append(StringBuilder md, CommandLine command) {
        command.getCommandSpec().usageMessage().width(WIDTH);
        md.append("\n## ").append(command.getCommandSpec().qualifiedName()).append("\n\n```text\n")
                .append(command.getUsageMessage(Ansi.OFF).stripTrailing()).append("\n```\n");
        for (CommandLine sub : command.getSubcommands().values().stream().distinct().toList()) {
            append(md, sub);
        }
    }
}

package dev.sextant.app.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Finds the top-level {@link SextantCommand} (which holds the global options) from any subcommand. */
final class Root {

    private Root() {
    }

    static SextantCommand of(CommandSpec spec) {
        return (SextantCommand) spec.root().userObject();
    }
}

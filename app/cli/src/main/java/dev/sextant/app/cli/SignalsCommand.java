package dev.sextant.app.cli;

import picocli.CommandLine.Command;

@Command(name = "signals", mixinStandardHelpOptions = true,
        description = "Saved scanner signals and their lifecycle (active -> executed / expired).",
        subcommands = {SignalsListCommand.class, SignalsExecuteCommand.class})
final class SignalsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

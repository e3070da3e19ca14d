package dev.sextant.app.cli;

import picocli.CommandLine.Command;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List and reopen saved backtest runs.",
        subcommands = {RunsListCommand.class, RunsShowCommand.class})
final class RunsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package dev.sextant.app.cli;

import picocli.CommandLine.Command;

@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = {"List, enable and disable plugins: the bundled ones and the jars in <home>/plugins.",
                "Plugins run as trusted code with the same access as the workstation itself.",
                "A plugin that cannot be loaded, throws while registering or running, or was built for another",
                "API version is reported here and left out; the rest of the workstation keeps working."},
        subcommands = {PluginsListCommand.class, PluginsEnableCommand.class, PluginsDisableCommand.class})
final class PluginsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

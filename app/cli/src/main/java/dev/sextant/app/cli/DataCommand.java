package dev.sextant.app.cli;

import picocli.CommandLine.Command;

@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Import, list, verify and update market data, list splits and dividends; check, back up and restore the database.",
        subcommands = {DataImportCommand.class, DataListCommand.class, DataActionsCommand.class, DataVerifyCommand.class, DataUpdateCommand.class,
                DataDoctorCommand.class, DataBackupCommand.class, DataRestoreCommand.class})
final class DataCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

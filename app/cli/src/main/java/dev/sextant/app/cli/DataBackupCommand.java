package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.HomeStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back the database up now, with H2's BACKUP TO, into db/backups/ of the data directory.",
                "Sextant also backs up before every schema upgrade and on the first start of each day (keeping 7)."})
final class DataBackupCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        HomeStore store = HomeFiles.of(spec);
        HomeStore.BackupMade result;
        try {
            result = store.backup();
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage());
        }
        if (!json.toStdout()) {
            out.printf("Backed up %s to %s (%,d bytes)%n", store.file(), result.file(), result.bytes());
        }
        json.write(result, out);
        out.flush();
        return 0;
    }

}

package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.data.db.Backup;
import dev.sextant.data.db.Database;
import dev.sextant.data.db.DatabaseFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

    record Result(String file, long bytes) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseFiles files = HomeFiles.of(spec);
        if (!Files.exists(files.file())) {
            throw new UserError("there is no database in " + files.home() + " yet; nothing to back up");
        }
        Backup backup;
        try (Database db = Database.open(files.home())) {
            backup = db.backup();
        }
        Result result = new Result(backup.file().toString(), size(backup));
        if (!json.toStdout()) {
            out.printf("Backed up %s to %s (%,d bytes)%n", files.file(), result.file(), result.bytes());
        }
        json.write(result, out);
        out.flush();
        return 0;
    }

    private static long size(Backup backup) {
        try {
            return Files.size(backup.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + backup.file() + ": " + e.getMessage(), e);
        }
    }
}

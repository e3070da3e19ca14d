package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.HomeStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the database without changing it: it opens, its schema matches this version, every row "
                + "can be read. Says what to do when it is damaged.",
                "Exits 0 when it is healthy (or there is none yet), 1 when it is damaged."})
final class DataDoctorCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Option(names = "--export", paramLabel = "DIR",
            description = "Copy what H2 can still read into a new data directory DIR (the database is not changed).")
    Path export;

    /** The JSON document: the check, and where the readable data went when {@code --export} was given. */
    record Report(String file, String verdict, String reason, long sizeBytes, Map<String, Long> tableRows,
                  int pendingMigrations, List<HomeStore.BackupFile> backups, String exportedTo) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        HomeStore store = HomeFiles.of(spec);
        HomeStore.Examination report = store.examine();
        if (!json.toStdout()) {
            report.lines().forEach(out::println);
        }
        String exportedTo = null;
        if (export != null) {
            HomeStore.Exported result = export(store);
            exportedTo = result.newHome().toString();
            if (!json.toStdout()) {
                out.printf("Exported what H2 could read (%d tables) into %s; check it with ./sextant --home %s data doctor%n",
                        result.tables(), result.newHome(), result.newHome());
            }
        }
        json.write(new Report(report.file(), report.verdict(), report.reason(), report.sizeBytes(), report.tableRows(),
                report.pendingMigrations(), report.backups(), exportedTo), out);
        out.flush();
        return report.damaged() ? 1 : 0;
    }

    private HomeStore.Exported export(HomeStore store) {
        try {
            return store.export(export.toAbsolutePath());
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage());
        }
    }
}

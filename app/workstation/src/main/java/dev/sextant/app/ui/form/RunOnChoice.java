package dev.sextant.app.ui.form;

import dev.sextant.app.research.RunOn;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The "Run on" choice of the optimizer and walk-forward forms: this computer, or a Spark cluster given by its master
 * URL and the folder its executors read the shipped bars from, as {@code ./sextant optimize --cluster MASTER
 * --cluster-data DIR}. The master is checked by {@link RunOn#checkMaster}; the folder may stay empty for a local
 * master ({@code <home>/spark-data} is used). Spark can be chosen only when the optional module is on the class path.
 */
public final class RunOnChoice {

    private final BooleanProperty cluster = new SimpleBooleanProperty(this, "cluster");
    private final boolean available;
    private final Path home;
    private final ValidatedField master;
    private final ValidatedField dataRoot;

    /** {@code available} tells whether the Spark module is on the class path ({@link RunOn#clusterAvailable} in the app). */
    public RunOnChoice(Path home, BooleanSupplier available) {
        this.home = home;
        this.available = available.getAsBoolean();
        this.master = ValidatedField.parsed("Master URL", "local[*]", t -> {
            if (cluster.get()) {
                if (!this.available) {
                    throw new IllegalArgumentException(RunOn.MODULE_MISSING);
                }
                RunOn.checkMaster(t);
            }
            return t;
        });
        this.dataRoot = new ValidatedField("Data folder", "", this::dataRootProblem);
        master.text().addListener((obs, old, now) -> dataRoot.revalidate());
        cluster.addListener((obs, old, now) -> {
            master.revalidate();
            dataRoot.revalidate();
        });
    }

    /** In the app: the home's {@code spark-data} folder as default, Spark when its module is on the class path. */
    public static RunOnChoice in(Path home) {
        return new RunOnChoice(home, RunOn::clusterAvailable);
    }

    private String dataRootProblem(String folder) {
        return cluster.get() && master.valid() ? RunOn.dataRootProblem(master.value(), folder) : "";
    }

    /** True to run on the Spark cluster, false to run on this computer. */
    public BooleanProperty cluster() {
        return cluster;
    }

    /** Whether the Spark module is on the class path; without it only this computer can be chosen. */
    public boolean available() {
        return available;
    }

    /** Why Spark cannot be chosen without its module, and how to build it (the CLI's words). */
    public String unavailableReason() {
        return RunOn.MODULE_MISSING;
    }

    public ValidatedField master() {
        return master;
    }

    public ValidatedField dataRoot() {
        return dataRoot;
    }

    public boolean valid() {
        return master.valid() && dataRoot.valid();
    }

    /** Where the job runs; the form must be valid. */
    public RunOn runOn() {
        if (!cluster.get()) {
            return RunOn.LOCAL;
        }
        return RunOn.cluster(master.value(), dataRoot.value(), home);
    }

    /** For status lines: {@code this computer} or {@code Spark spark://host:7077}. */
    public static String label(RunOn where) {
        return where.isLocal() ? "this computer" : "Spark " + where.master();
    }
}

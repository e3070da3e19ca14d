package dev.sextant.app.cli;

import dev.sextant.app.research.RunOn;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --cluster MASTER [--cluster-data DIR]}: run on Apache Spark instead of this machine's threads. */
final class ClusterOption {

    @Option(names = "--cluster", paramLabel = "MASTER", description = {"Run on Apache Spark: local[*], spark://host:7077,"
            + " yarn or k8s://https://host:port. Same results as without it; needs the Sextant on Spark module"
            + " (docs/user/spark.md)."})
    String master;

    @Option(names = "--cluster-data", paramLabel = "DIR", description = {"Folder the cluster reads the shipped bars"
            + " (Parquet) from: hdfs://… or s3a://… for a cluster (default for local masters: <home>/spark-data)."})
    String dataRoot;

    /** Where to run; {@link RunOn#LOCAL} without {@code --cluster}. */
    RunOn runOn(Path home) {
        if (master == null) {
            if (dataRoot != null) {
                throw new UserError("--cluster-data " + dataRoot + " needs --cluster MASTER");
            }
            return RunOn.LOCAL;
        }
        RunOn.checkMaster(master);
        if (!RunOn.clusterAvailable()) {
            throw new UserError("--cluster " + master + ": " + RunOn.MODULE_MISSING);
        }
        String problem = RunOn.dataRootProblem(master, dataRoot);
        if (!problem.isEmpty()) {
            throw new UserError("--cluster-data: " + problem);
        }
        return RunOn.cluster(master, dataRoot, home);
    }
}

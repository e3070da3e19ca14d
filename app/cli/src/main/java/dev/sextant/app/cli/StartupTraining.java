package dev.sextant.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the commands' start-up cache ({@code ./sextant} makes it once after each build with
 * {@code -XX:AOTCacheOutput}): a few typical commands on the sample market of a training home, in one process. The
 * cache then holds the classes they load and, for the ones that run long enough, the JIT's method profiles (JEP 515),
 * so that a study's hot loops are compiled sooner in a new process. A one-symbol backtest alone left the profiles of
 * studies out: the first 20 trials of an optimizer study cost four times the later ones (#24, docs/benchmarks.md).
 * Output is discarded and errors go to the training log; a command that fails fails the training, and the launcher
 * then starts without a cache.
 */
public final class StartupTraining {

    private static final List<String> SEARCH_DWAP = List.of("--search", "period=50:300", "--search", "threshold=0:0.15",
            "--search", "stopLoss=0.03:0.2", "--search", "trailingStop=0.05:0.3");

    private StartupTraining() {
    }

    /** @param args {@code --home DIR}: the training home, its sample market already seeded */
    public static void main(String[] args) {
        if (args.length != 2 || !"--home".equals(args[0])) {
            throw new IllegalArgumentException("usage: StartupTraining --home DIR");
        }
        String home = args[1];
        String run = Long.toString(System.currentTimeMillis());
        List<List<String>> commands = List.of(
                List.of("backtest", "--strategy", "sma-cross", "--symbols", "COMM.SX", "--from", "2015-01-01"),
                List.of("backtest", "--strategy", "dwap-breakout", "--universe", "sample-stocks"),
                with(List.of("optimize", "--strategy", "dwap-breakout", "--universe", "sample-stocks", "--trials", "100",
                        "--name", "startup-training-" + run), SEARCH_DWAP),
                with(List.of("walkforward", "--strategy", "dwap-breakout", "--universe", "sample-stocks", "--is", "2y",
                        "--oos", "1y", "--trials", "20", "--name", "startup-training-" + run), SEARCH_DWAP));
        for (List<String> command : commands) {
            List<String> line = new ArrayList<>(List.of("--home", home));
            line.addAll(command);
            String[] arguments = line.toArray(String[]::new);
            int exit = SextantCommand.commandLineFor(arguments).setOut(new PrintWriter(PrintWriter.nullWriter()))
                    .execute(arguments);
            if (exit != 0) {
                throw new IllegalStateException("training command failed with exit " + exit + ": " + String.join(" ", line));
            }
        }
    }

    private static List<String> with(List<String> command, List<String> more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(more);
        return all;
    }
}

package dev.sextant.app.research;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.cluster.BacktestBatch;
import dev.sextant.engine.cluster.Cluster;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A batch of independent backtests (what {@code ./sextant batch} runs), here one after the other or on a cluster one
 * per task; every run is saved as {@code ./sextant backtest} saves it, with its split by regime, as it finishes.
 */
public final class BatchService {

    private final StrategyCatalog strategies;
    private final BacktestService backtests;

    public BatchService(StrategyCatalog strategies, BacktestService backtests) {
        this.strategies = strategies;
        this.backtests = backtests;
    }

    /**
     * @param bars the series the requests trade (their benchmarks and rule inputs are loaded here when missing)
     * @param saved called with the index of each request and its saved run, in the order runs finish
     * @throws dev.sextant.engine.job.CancelledException when {@code cancel} fired; runs saved before stay saved
     */
    public void runAndSave(List<BacktestRequest> requests, List<PriceColumns> bars, ProgressSink progress,
            Cancellation cancel, RunOn where, BiConsumer<Integer, BacktestService.Outcome> saved) {
        int total = requests.size();
        int[] done = {0};
        BiConsumer<Integer, BacktestService.Outcome> report = (i, outcome) -> {
            saved.accept(i, outcome);
            done[0]++;
            progress.progress(done[0], total, "run " + (i + 1) + " saved as " + outcome.run().id());
        };
        if (where.isLocal()) {
            for (int i = 0; i < total; i++) {
                cancel.throwIfCancelled();
                BacktestRequest r = requests.get(i);
                List<PriceColumns> traded = bars.stream().filter(p -> r.symbols().contains(p.symbol())).toList();
                report.accept(i, backtests.runAndSave(r, traded, ProgressSink.NONE, cancel));
            }
            return;
        }
        Map<String, PriceColumns> shipped = new LinkedHashMap<>();
        for (BacktestRequest r : requests) {
            backtests.withRequiredBars(r, bars).forEach(p -> shipped.putIfAbsent(p.symbol(), p));
        }
        try (Cluster cluster = where.connect(new ArrayList<>(shipped.values()), strategies)) {
            cluster.backtests().run(requests, (i, timed) -> report.accept(i, save(timed)), cancel);
        }
    }

    private BacktestService.Outcome save(BacktestBatch.TimedResult timed) {
        return backtests.save(timed.result(), timed.started(), timed.finished());
    }
}

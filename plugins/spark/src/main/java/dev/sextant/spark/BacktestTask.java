package dev.sextant.spark;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.PortfolioBacktester;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import org.apache.spark.api.java.function.Function;

/**
 * Runs one backtest on an executor: input the request as {@link BacktestRequestMap}, output
 * {@code {result: RecordValues of the BacktestResult, started, finished}} (epoch milliseconds).
 */
final class BacktestTask implements Function<LinkedHashMap<String, Object>, LinkedHashMap<String, Object>> {

    private static final long serialVersionUID = 1L;

    private final WorkerSource source;
    private final int threads;

    BacktestTask(WorkerSource source, int threads) {
        this.source = source;
        this.threads = threads;
    }

    @Override
    public LinkedHashMap<String, Object> call(LinkedHashMap<String, Object> request) {
        WorkerData data = WorkerData.of(source);
        BacktestRequest r = BacktestRequestMap.parse(request);
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        BacktestResult result = new PortfolioBacktester(data.catalog, data.cache, threads).run(r, data.bars);
        Instant finished = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        out.put("result", RecordValues.encode(result));
        out.put("started", started.toEpochMilli());
        out.put("finished", finished.toEpochMilli());
        return PlainValues.copy(out);
    }
}

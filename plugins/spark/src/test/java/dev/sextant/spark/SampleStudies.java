package dev.sextant.spark;

import dev.sextant.engine.DailyCsvReader;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.PruningRule;
import dev.sextant.engine.optimize.SamplerKind;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.optimize.TrialMap;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.walkforward.FoldResult;
import dev.sextant.engine.walkforward.WalkForwardMaps;
import dev.sextant.engine.walkforward.WalkForwardPlan;
import dev.sextant.engine.walkforward.WalkForwardRequest;
import dev.sextant.engine.walkforward.WalkForwardResult;
import dev.sextant.sample.SampleMarket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The generated sample market's first stocks and small studies over them, and the forms the tests compare. */
final class SampleStudies {

    private SampleStudies() {
    }

    /** The first {@code n} single stocks of the sample market (shipped in sextant-sample-data, always there). */
    static List<PriceColumns> stocks(int n) {
        List<PriceColumns> out = new ArrayList<>();
        for (String name : SampleMarket.dailyFiles()) {
            if (out.size() < n && SampleMarket.symbolOf(name).matches("S\\d{3}\\.SX")) {
                try (BufferedReader r = SampleMarket.reader(name)) {
                    out.add(DailyCsvReader.read(SampleMarket.symbolOf(name), r, name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    static StudyRequest study(String name, List<PriceColumns> bars, SamplerKind sampler, int trials, int threads) {
        BacktestRequest base = BacktestRequest.builder("dwap-breakout", bars.stream().map(PriceColumns::symbol).toList())
                .params(Map.of("minPrice", 0, "minVolume", 0)).maxPositions(3).build();
        ParamSpace space = ParamSpace.of(
                ParamSpec.ofInt("period", 10, 80, 20, ""),
                ParamSpec.ofFloat("threshold", 0.0, 0.05, 0.01, ""),
                ParamSpec.ofFloat("stopLoss", 0.02, 0.2, 0.08, ""));
        return StudyRequest.builder(name, base, space).sampler(sampler).trials(trials).seed(17).gridLevels(3)
                .pruning(PruningRule.DEFAULT).threads(threads).build();
    }

    static WalkForwardRequest walkForward(List<PriceColumns> bars, int threads) {
        return new WalkForwardRequest(study("wf", bars, SamplerKind.RANDOM, 12, threads),
                WalkForwardPlan.rolling("250b", "125b"), 6, 6);
    }

    /** Every recorded trial in its map form without its wall time, the one thing that may differ between runs. */
    static List<String> trials(StudyResult r) {
        return r.trials().stream().map(SampleStudies::withoutTime).toList();
    }

    private static String withoutTime(Trial t) {
        Map<String, Object> m = TrialMap.of(t);
        m.remove("duration_ms");
        return m.toString();
    }

    /** A walk-forward's summary, folds and stitched curve, without its wall time. */
    static List<String> walkForward(WalkForwardResult r) {
        List<String> out = new ArrayList<>();
        Map<String, Object> summary = WalkForwardMaps.summary(r);
        summary.remove("elapsed_ms");
        out.add(summary.toString());
        for (FoldResult f : r.folds()) {
            out.add(f.fold() + " " + f.params() + " " + f.isMetrics() + " " + f.oosMetrics() + " "
                    + WalkForwardMaps.foldDetails(f));
        }
        out.add(java.util.Arrays.toString(r.oosTime()) + java.util.Arrays.toString(r.oosEquity()));
        return out;
    }
}

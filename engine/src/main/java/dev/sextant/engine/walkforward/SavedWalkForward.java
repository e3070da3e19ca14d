package dev.sextant.engine.walkforward;

import dev.sextant.engine.metrics.MetricKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A stored walk-forward run, typed: its plan, its stitched out-of-sample summary with the overfitting statistics,
 * and its folds. {@link WalkForwardMaps} turns a result into the stored JSON form and this record back into it,
 * so a reopened run shows exactly what was computed.
 *
 * @param folds empty when the run was listed without its folds
 */
public record SavedWalkForward(long id, String name, String strategyId, String engineVersion, String dataFingerprint,
        Instant startedAt, Instant finishedAt, Plan plan, Summary summary, List<Fold> folds) {

    public SavedWalkForward {
        folds = List.copyOf(folds);
    }

    /**
     * The definition.
     *
     * @param inSample    ISO-8601 period, e.g. {@code P2Y}
     * @param study       the per-fold study in its stored definition form ({@code StudyRequestMap})
     */
    public record Plan(String inSample, String outOfSample, String step, boolean anchored, int purgeBars,
            int embargoBars, int pboCandidates, int pboBlocks, Map<String, Object> study) {

        public Plan {
            study = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(study));
        }

        /** The study's field {@code name} as text, e.g. {@code sampler}, {@code trials}, {@code seed}. */
        public String studyField(String name) {
            return String.valueOf(study.get(name));
        }
    }

    /** A statistic's value, or null with the reason in {@code note}. */
    public record Statistic(Double value, String note) {
    }

    /** The deflated Sharpe ratio and what it was computed from (all null when it could not be). */
    public record Deflated(Double value, Double dailySharpe, Double expectedMaxDailySharpe, Integer trials,
            Double trialSharpeVariance, Integer observations, Double skewness, Double kurtosis, String note) {

        public Statistic statistic() {
            return new Statistic(value, note);
        }
    }

    /** The probability of backtest overfitting and its combinatorics (null when it could not be computed). */
    public record Overfitting(Double value, Integer candidates, Integer blocks, Integer combinations, String note) {

        public Statistic statistic() {
            return new Statistic(value, note);
        }
    }

    /** One day of the stitched out-of-sample equity. */
    public record EquityPoint(LocalDate date, double equity) {
    }

    /** The stitched out-of-sample results and the overfitting statistics. */
    public record Summary(Double oosCagr, Double oosSharpe, Double oosSharpeT, Statistic wfe, int totalTrials,
            Deflated dsr, Overfitting pbo, Map<String, ParamStability> paramStability, List<EquityPoint> oosEquity,
            long elapsedMs) {

        public Summary {
            paramStability = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(paramStability));
            oosEquity = List.copyOf(oosEquity);
        }
    }

    /**
     * One fold: its windows, the parameters the in-sample study chose (null when no trial completed and the fold
     * stayed in cash), the metrics in and out of sample by metric name, and what it traded.
     */
    public record Fold(int index, LocalDate isFrom, LocalDate isTo, LocalDate oosFrom, LocalDate oosTo,
            Map<String, Object> params, Map<String, Double> isMetrics, Map<String, Double> oosMetrics, Statistic wfe,
            int trials, int oosRoundTrips, double startCapital, double endCapital) {

        /** Metric {@code key} in sample, NaN when not recorded. */
        public double isMetric(MetricKey key) {
            Double v = key.in(isMetrics);
            return v == null ? Double.NaN : v;
        }

        /** Metric {@code key} out of sample, NaN when not recorded. */
        public double oosMetric(MetricKey key) {
            Double v = key.in(oosMetrics);
            return v == null ? Double.NaN : v;
        }
    }
}

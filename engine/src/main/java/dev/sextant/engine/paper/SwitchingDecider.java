package dev.sextant.engine.paper;

import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Applies a {@link SwitchingRule} to candidates' daily curves over one common calendar (daily
 * bars: times are epoch days). Day {@code t}'s scores use the returns of days {@code t−window+1..t}
 * only, so a decision at a close never sees a later bar.
 */
public final class SwitchingDecider implements StrategySelector {

    private final SwitchingRule rule;
    private final List<CandidateCurve> candidates;
    private final SortedMap<LocalDate, MarketRegime> regimes;
    private final double riskFree;
    private final long[] calendar;

    /**
     * @param regimes the market regime by date, used when the rule scores by regime (may be empty otherwise)
     * @throws IllegalArgumentException when the candidates are not on one calendar, or labels repeat
     */
    public SwitchingDecider(SwitchingRule rule, List<CandidateCurve> candidates, SortedMap<LocalDate, MarketRegime> regimes,
            double riskFreeAnnual) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("switching needs at least one candidate strategy");
        }
        this.calendar = candidates.getFirst().time();
        for (CandidateCurve c : candidates) {
            if (!Arrays.equals(c.time(), calendar)) {
                throw new IllegalArgumentException("candidate " + c.label() + " is not on the calendar of "
                        + candidates.getFirst().label());
            }
        }
        if (candidates.stream().map(CandidateCurve::label).distinct().count() != candidates.size()) {
            throw new IllegalArgumentException("candidate labels must be distinct");
        }
        this.rule = rule;
        this.candidates = List.copyOf(candidates);
        this.regimes = regimes;
        this.riskFree = riskFreeAnnual;
    }

    public long[] calendar() {
        return calendar;
    }

    /** @throws IllegalArgumentException for an unknown label */
    public CandidateCurve candidate(String label) {
        return candidates.stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("strategy " + label + " is not among the candidates "
                        + candidates.stream().map(CandidateCurve::label).toList()));
    }

    /** Index of {@code time} on the calendar, or −1. */
    public int dayOf(long time) {
        int i = Arrays.binarySearch(calendar, time);
        return i < 0 ? -1 : i;
    }

    /** A day's scores by label (candidate order), and the regime they were restricted to (null = all days). */
    public record DayScores(Map<String, StrategyScore> scores, MarketRegime regime, String note) {
    }

    /** Empty before the window has {@code windowDays} returns. */
    public Optional<DayScores> scores(int t) {
        if (t < rule.windowDays()) {
            return Optional.empty();
        }
        int from = t - rule.windowDays() + 1;
        boolean[] use = new boolean[rule.windowDays()];
        Arrays.fill(use, true);
        MarketRegime regime = null;
        String note = null;
        if (rule.byRegime()) {
            MarketRegime today = regimes.get(LocalDate.ofEpochDay(calendar[t]));
            if (today == null) {
                note = "no regime known for " + LocalDate.ofEpochDay(calendar[t]) + ": scored on all days";
            } else {
                int count = 0;
                for (int d = from; d <= t; d++) {
                    use[d - from] = today == regimes.get(LocalDate.ofEpochDay(calendar[d]));
                    count += use[d - from] ? 1 : 0;
                }
                if (count < SwitchingRule.MIN_REGIME_DAYS) {
                    Arrays.fill(use, true);
                    note = "only " + count + " " + today.label() + " days in the window (< "
                            + SwitchingRule.MIN_REGIME_DAYS + "): scored on all days";
                } else {
                    regime = today;
                }
            }
        }
        Map<String, StrategyScore> out = new LinkedHashMap<>();
        for (CandidateCurve c : candidates) {
            List<Double> r = new ArrayList<>();
            for (int d = from; d <= t; d++) {
                if (use[d - from]) {
                    r.add(c.equity()[d] / c.equity()[d - 1] - 1);
                }
            }
            List<Double> pnl = new ArrayList<>();
            for (RoundTrip trip : c.closedTrips()) {
                int exit = dayOf(trip.exitTime());
                if (exit >= from && exit <= t && use[exit - from]) {
                    pnl.add(trip.pnl());
                }
            }
            out.put(c.label(), StrategyScorer.score(r.stream().mapToDouble(Double::doubleValue).toArray(),
                    pnl.stream().mapToDouble(Double::doubleValue).toArray(), riskFree));
        }
        return Optional.of(new DayScores(out, regime, note));
    }

    /**
     * The switch the rule makes at the close of day {@code t}, if any.
     *
     * @param lastSwitch calendar index of the previous switch, or −1 for none
     */
    @Override
    public Optional<StrategySwitch> decide(int t, String active, int lastSwitch) {
        candidate(active);
        Optional<DayScores> day = scores(t);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        Map<String, StrategyScore> scores = day.get().scores();
        String best = active;
        for (CandidateCurve c : candidates) {
            if (scores.get(c.label()).score() > scores.get(best).score()) {
                best = c.label();
            }
        }
        double gap = scores.get(best).score() - scores.get(active).score();
        boolean coolingDown = lastSwitch >= 0 && t - lastSwitch < rule.coolDownDays();
        if (best.equals(active) || gap < rule.minGap() || coolingDown) {
            return Optional.empty();
        }
        Map<String, Double> plain = new LinkedHashMap<>();
        scores.forEach((k, v) -> plain.put(k, v.score()));
        String since = lastSwitch < 0 ? "first switch" : (t - lastSwitch) + " days since the last switch >= cool-down " + rule.coolDownDays();
        String scope = day.get().regime() != null ? " on " + day.get().regime().label() + " days"
                : day.get().note() != null ? " (" + day.get().note() + ")" : "";
        String reason = String.format(Locale.ROOT, "%s scored %.1f vs %s %.1f over %d days%s: gap %.1f >= %.1f; %s",
                best, scores.get(best).score(), active, scores.get(active).score(), rule.windowDays(), scope, gap,
                rule.minGap(), since);
        return Optional.of(new StrategySwitch(LocalDate.ofEpochDay(calendar[t]), active, best, scores.get(active).score(),
                scores.get(best).score(), plain, day.get().regime() == null ? null : day.get().regime().label(), reason));
    }
}

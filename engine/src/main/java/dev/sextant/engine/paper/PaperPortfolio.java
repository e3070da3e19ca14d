package dev.sextant.engine.paper;

import dev.sextant.engine.backtest.BacktestRequest;
import java.util.List;
import java.util.Objects;

/**
 * A named portfolio that follows a strategy forward from {@code request.from()} (required), with
 * the backtest's fill rules, sizing and costs. With candidates and a rule it switches between
 * them, by score ({@link SwitchingRule}) or by regime ({@link RegimeMap}); the request's strategy id then holds the label of the first active
 * candidate (each day's strategy is resolved through {@link #requestFor}). A ghost ({@code ghostOf} = the live portfolio's name) runs an alternative strategy
 * beside a live one, for comparison only.
 */
public record PaperPortfolio(String name, BacktestRequest request, String ghostOf, List<Candidate> candidates,
        SwitchingMode switching) {

    public PaperPortfolio {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(request, "request");
        if (name.isBlank() || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("portfolio name '" + name + "': use letters, digits, '.', '_' or '-'");
        }
        if (request.from() == null) {
            throw new IllegalArgumentException("portfolio " + name + ": a start date (from) is required");
        }
        if (request.to() != null) {
            throw new IllegalArgumentException("portfolio " + name + ": a paper portfolio has no end date");
        }
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty() != (switching == null)) {
            throw new IllegalArgumentException("portfolio " + name + ": switching needs both candidates and a rule");
        }
        if (!candidates.isEmpty() && candidates.stream().noneMatch(c -> c.label().equals(request.strategyId()))) {
            throw new IllegalArgumentException("portfolio " + name + ": the starting strategy " + request.strategyId()
                    + " must be one of the candidates " + candidates.stream().map(Candidate::label).toList());
        }
        if (candidates.stream().map(Candidate::label).distinct().count() != candidates.size()) {
            throw new IllegalArgumentException("portfolio " + name + ": candidate labels must be distinct");
        }
        if (switching instanceof RegimeMap map) {
            for (String label : map.labels().values()) {
                if (candidates.stream().noneMatch(c -> c.label().equals(label))) {
                    throw new IllegalArgumentException("portfolio " + name + ": the regime map names " + label
                            + ", not one of the candidates " + candidates.stream().map(Candidate::label).toList());
                }
            }
            if (candidates.stream().anyMatch(c -> c.label().equals(RegimeMap.CASH))) {
                throw new IllegalArgumentException("portfolio " + name + ": '" + RegimeMap.CASH
                        + "' means no new entries and cannot label a candidate");
            }
        }
        if (ghostOf != null && ghostOf.equals(name)) {
            throw new IllegalArgumentException("portfolio " + name + " cannot be its own ghost");
        }
    }

    public boolean switches() {
        return switching != null;
    }

    /** The candidate with this label, or the request's own strategy when the portfolio does not switch. */
    public Candidate candidate(String label) {
        if (!switches()) {
            return new Candidate(request.strategyId(), request.strategyId(), request.params());
        }
        return candidates.stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("portfolio " + name + " has no candidate " + label));
    }

    /** The backtest request of the strategy with this label. */
    public BacktestRequest requestFor(String label) {
        Candidate c = candidate(label);
        return request.withStrategy(c.strategyId(), c.params());
    }
}

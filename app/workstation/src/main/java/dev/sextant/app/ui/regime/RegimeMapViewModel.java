package dev.sextant.app.ui.regime;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.research.BacktestService;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.RegimeMapFile;
import dev.sextant.app.research.RegimeMapPlan;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.job.PanelJob;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.metrics.MetricSet;
import dev.sextant.engine.paper.Candidate;
import dev.sextant.engine.paper.PaperDay;
import dev.sextant.engine.paper.Rebalance;
import dev.sextant.engine.paper.RegimeMap;
import dev.sextant.engine.paper.RegimeMapBacktest;
import dev.sextant.engine.paper.StrategySwitch;
import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The regime map tab: a row per regime with the strategy it trades ({@link RegimeMap#CASH} for none)
 * and its parameters as {@code name=value} pairs, the rebalance, the universe and first day; Run
 * backtests the map ({@link BacktestService#runRegimeMap}) beside each mapped strategy alone, as
 * {@code ./sextant backtest --regime-map} does, with the switches it made and the days each strategy traded.
 */
public final class RegimeMapViewModel {

    /** How errors name the table (where the command line names the file). */
    static final String SOURCE = "table";

    /** One regime's row: the strategy id or {@link RegimeMap#CASH}, and its parameters, e.g. {@code fast=5, slow=20}. */
    public record Row(MarketRegime regime, StringProperty strategy, StringProperty params) {
    }

    /** The map's or one strategy's metrics over the run. */
    public record Result(String name, double totalReturn, Double cagr, Double sharpe,
            double maxDrawdown, int trades) {
    }

    private final ResearchServices services;
    private final List<Row> rows = new ArrayList<>();
    private final ObservableList<String> strategies = FXCollections.observableArrayList(RegimeMap.CASH);
    private final ObservableList<String> universes = FXCollections.observableArrayList();
    private final ObjectProperty<String> universe = new SimpleObjectProperty<>(this, "universe");
    private final ObjectProperty<Rebalance> rebalance = new SimpleObjectProperty<>(this, "rebalance", Rebalance.DAILY);
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final ObservableList<Result> results = FXCollections.observableArrayList();
    private final ObservableList<StrategySwitch> switches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper daysTraded = new ReadOnlyStringWrapper(this, "daysTraded", "");
    private final PanelJob job;

    public RegimeMapViewModel(ResearchServices services, PanelContext context) {
        this.services = services;
        this.job = new PanelJob(context.tasks());
        List<String> ids = services.strategies().ids().stream().sorted().toList();
        strategies.addAll(ids);
        String trend = ids.contains("sma-cross") ? "sma-cross" : ids.getFirst();
        for (MarketRegime r : MarketRegime.values()) {
            boolean bull = r == MarketRegime.STRONG_BULL || r == MarketRegime.WEAK_BULL || r == MarketRegime.ROTATING_BULL;
            rows.add(new Row(r, new SimpleStringProperty(this, r.label(), bull ? trend : RegimeMap.CASH),
                    new SimpleStringProperty(this, r.label() + "-params", "")));
        }
        context.tasks().submit("Read universes", (p, c) -> services.universes(), read -> {
            universes.setAll(read);
            if (universe.get() == null && !read.isEmpty()) {
                universe.set(read.getFirst());
            }
        }, error -> job.status().set("Could not read the universes: " + error.getMessage()));
    }

    /** The seven rows, in {@link MarketRegime} order. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public Row row(MarketRegime regime) {
        return rows.get(regime.ordinal());
    }

    /** {@link RegimeMap#CASH} and every strategy id. */
    public ObservableList<String> strategies() {
        return FXCollections.unmodifiableObservableList(strategies);
    }

    public ObservableList<String> universes() {
        return FXCollections.unmodifiableObservableList(universes);
    }

    public ObjectProperty<String> universe() {
        return universe;
    }

    public ObjectProperty<Rebalance> rebalance() {
        return rebalance;
    }

    /** First day, YYYY-MM-DD; empty = the first bar. */
    public StringProperty from() {
        return from;
    }

    /** The map's row first, then each mapped strategy alone. */
    public ObservableList<Result> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    public ObservableList<StrategySwitch> switches() {
        return FXCollections.unmodifiableObservableList(switches);
    }

    /** e.g. {@code sma-cross 812 days, cash 140 days}: how many days each label traded. */
    public ReadOnlyStringProperty daysTraded() {
        return daysTraded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return job.status();
    }

    public ReadOnlyBooleanProperty busy() {
        return job.busy();
    }

    public ReadOnlyDoubleProperty progress() {
        return job.progress();
    }

    /** The rows as a map file's document (what Run checks, and what a file with this map would hold). */
    Map<String, Object> document() {
        Map<String, Object> regimes = new LinkedHashMap<>();
        for (Row row : rows) {
            String id = row.strategy().get() == null ? RegimeMap.CASH : row.strategy().get().trim();
            Map<String, Object> params = params(row);
            if (params.isEmpty() || id.equals(RegimeMap.CASH)) {
                regimes.put(row.regime().label(), id);
            } else {
                regimes.put(row.regime().label(), Map.of("strategy", id, "params", params));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rebalance", rebalance.get().text());
        doc.put("regimes", regimes);
        return doc;
    }

    private static Map<String, Object> params(Row row) {
        Map<String, Object> out = new LinkedHashMap<>();
        String text = row.params().get() == null ? "" : row.params().get().trim();
        for (String pair : text.isEmpty() ? new String[0] : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("regime map " + SOURCE + ": regime " + row.regime().label()
                        + ": params '" + text + "': expected name=value, name=value");
            }
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return out;
    }

    /** Checks the table, then backtests the map as a background job. */
    public void run() {
        if (job.busy().get()) {
            return;
        }
        RegimeMapPlan plan;
        LocalDate first;
        try {
            plan = RegimeMapFile.of(document(), SOURCE, services.strategies(), services.presets()::get);
            first = from.get() == null || from.get().isBlank() ? null : LocalDate.parse(from.get().trim());
        } catch (DateTimeParseException e) {
            job.status().set("From '" + from.get() + "': expected YYYY-MM-DD");
            return;
        } catch (IllegalArgumentException e) {
            job.status().set(e.getMessage());
            return;
        }
        String chosen = universe.get();
        if (chosen == null) {
            job.status().set("Choose a universe first.");
            return;
        }
        job.start("Regime map on " + chosen, "Backtesting the regime map on " + chosen + " ...", (p, c) -> {
            var loaded = services.markets().load(MarketChoice.ofUniverse(chosen), p, c);
            c.throwIfCancelled();
            List<String> traded = loaded.series().stream().map(s -> s.symbol()).toList();
            BacktestService backtests = services.backtests();
            Candidate any = plan.candidates().getFirst();
            BacktestRequest request = BacktestRequest.builder(any.strategyId(), traded).params(any.params()).from(first)
                    .benchmark(backtests.benchmark(null, loaded.series(), first, null)).build();
            return backtests.runRegimeMap(plan, request, loaded.series());
        }, this::finished, "Regime map backtest failed");
    }

    private void finished(BacktestService.RegimeMapOutcome o) {
        RegimeMapBacktest.Result r = o.result();
        List<Result> out = new ArrayList<>();
        out.add(new Result("regime map", r.totalReturn(), r.cagr(), r.sharpe(),
                r.maxDrawdown(), r.trades().size()));
        for (Map.Entry<String, BacktestResult> e : o.alone().entrySet()) {
            MetricSet m = e.getValue().metrics();
            out.add(new Result(e.getKey() + " alone", m.totalReturn(), m.cagr(), m.sharpe(),
                    m.maxDrawdown(), m.trades()));
        }
        results.setAll(out);
        switches.setAll(r.switches());
        Map<String, Integer> count = new LinkedHashMap<>();
        for (PaperDay d : r.days()) {
            count.merge(d.strategy(), 1, Integer::sum);
        }
        daysTraded.set(count.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " days")
                .collect(Collectors.joining(", ")));
        job.status().set(String.format(Locale.ROOT, "Regimes of %s, %s .. %s: %d switches, total return %.1f %% (not saved).",
                o.regimeSymbols().index(), r.days().getFirst().date(), r.days().getLast().date(), r.switches().size(),
                100 * r.totalReturn()));
    }

    public void cancel() {
        job.cancel("Regime map backtest cancelled.");
    }
}

package dev.sextant.app.ui.scan;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.ui.job.PanelJob;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.research.ScanService;
import dev.sextant.app.ui.marks.ChartMarks;
import dev.sextant.app.ui.form.EntryRuleFields;
import dev.sextant.app.ui.form.PresetChoice;
import dev.sextant.app.ui.form.ParamForm;
import dev.sextant.app.ui.form.ResearchChoices;
import dev.sextant.app.ui.form.ValidatedField;
import dev.sextant.engine.scan.SavedScan;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.scan.MomentumRank;
import dev.sextant.engine.scan.NearTrigger;
import dev.sextant.engine.scan.ScanRequest;
import dev.sextant.engine.spi.Signal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State and commands of the scanner panel: the scan form (strategy, typed parameters, universe or
 * symbols, date, approach distance) with validation, the scan as a cancellable job that saves its
 * signals like {@code ./sextant scan}, the results (signals with a text filter, approaching symbols,
 * momentum ranking), saved scans to reopen, CSV export, and selecting a signal to chart it marked.
 */
public final class ScanViewModel {

    static final int MOMENTUM_TOP = 20;
    static final int EXPIRE_DAYS = 5;

    private final ResearchServices services;
    private final PanelContext context;
    private final ObjectProperty<ChartMarks> marks;
    private final ResearchChoices choices;
    private final ParamForm params = new ParamForm();
    private final ValidatedField approach;
    private final EntryRuleFields rules = new EntryRuleFields();
    private final PresetChoice preset;
    private final ObservableList<Signal> signals = FXCollections.observableArrayList();
    private final FilteredList<Signal> visibleSignals = new FilteredList<>(signals);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<NearTrigger> approaching = FXCollections.observableArrayList();
    private final ObservableList<MomentumRank> momentum = FXCollections.observableArrayList();
    private final ObservableList<SavedScan> history = FXCollections.observableArrayList();
    private final PanelJob job;

    public ScanViewModel(ResearchServices services, PanelContext context, ObjectProperty<ChartMarks> marks) {
        this.services = services;
        this.context = context;
        this.job = new PanelJob(context.tasks());
        this.marks = marks;
        this.choices = new ResearchChoices(services, context.tasks(), "dwap-breakout", "sample-stocks", true, ResearchChoices.Dates.asOf("Date"));
        this.approach = ValidatedField.parsed("Approach %", "2", t -> {
            double v = parseNumber(t);
            if (v < 0 || v > 50) {
                throw new IllegalArgumentException("between 0 and 50 %");
            }
            return v;
        });
        params.load(services.strategies().get(choices.strategy().get()));
        choices.strategy().addListener((obs, old, now) -> {
            if (now != null) {
                params.load(services.strategies().get(now));
            }
        });
        filter.addListener((obs, old, now) -> applyFilter());
        rules.refreshPolicies(context.tasks(), services.rules(), job.status()::set);
        this.preset = new PresetChoice(services, context.tasks(), choices, params, rules, p -> { }, job.status()::set);
        refreshHistory(scans -> {
            if (!scans.isEmpty()) {
                reopen(scans.getFirst()); // where the user left off
            }
        });
    }

    static double parseNumber(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number", e);
        }
    }

    /** The signal's distance above its trigger in %, from its {@code pct_above_*} indicator; NaN when the strategy reports none. */
    public static double pctAboveTrigger(Signal s) {
        return s.indicators().entrySet().stream().filter(e -> e.getKey().startsWith("pct_above"))
                .mapToDouble(e -> 100 * e.getValue()).findFirst().orElse(Double.NaN);
    }

    /** Strategy, universe or symbols, and the scan date (empty = the latest date shared by at least half of the series). */
    public ResearchChoices choices() {
        return choices;
    }

    public ParamForm params() {
        return params;
    }

    /** The Preset choice: choosing one fills the strategy, its params and the entry filters. */
    public PresetChoice preset() {
        return preset;
    }

    public ValidatedField approach() {
        return approach;
    }

    /** Entry filters applied to the scan date (a risk policy or circuit breaker needs a portfolio and is not applied). */
    public EntryRuleFields rules() {
        return rules;
    }

    public ObservableList<Signal> visibleSignals() {
        return visibleSignals;
    }

    public ObservableList<Signal> signals() {
        return signals;
    }

    /** Shows signals whose symbol contains the text (case-insensitive). */
    public StringProperty filter() {
        return filter;
    }

    public ObservableList<NearTrigger> approaching() {
        return approaching;
    }

    public ObservableList<MomentumRank> momentum() {
        return momentum;
    }

    /** Saved scans (strategy and date), newest first. */
    public ObservableList<SavedScan> history() {
        return history;
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

    public boolean formValid() {
        return choices.valid() && params.valid() && approach.valid() && rules.valid();
    }

    private void applyFilter() {
        String text = filter.get() == null ? "" : filter.get().trim().toUpperCase(Locale.ROOT);
        visibleSignals.setPredicate(s -> text.isEmpty() || s.symbol().toUpperCase(Locale.ROOT).contains(text));
    }

    public void refreshHistory() {
        refreshHistory(scans -> { });
    }

    /** Lists the saved scans as a background read (never on the FX thread), then hands them to {@code then}. */
    private void refreshHistory(java.util.function.Consumer<List<SavedScan>> then) {
        context.tasks().submit("List saved scans", (p, c) -> services.signals().scans(), scans -> {
            history.setAll(scans);
            then.accept(scans);
        }, error -> job.status().set("Saved scans not listed: " + error.getMessage()));
    }

    /** Scans as a background job; the form must be valid. */
    public void run() {
        if (job.busy().get()) {
            return;
        }
        choices.rereadStoredSymbols(this::startScan);
    }

    private void startScan() {
        if (job.busy().get()) {
            return;
        }
        if (!formValid()) {
            job.status().set("Fix the fields marked in red first.");
            return;
        }
        String id = choices.strategy().get();
        Map<String, Object> overrides = params.overrides();
        var choice = choices.market();
        LocalDate day = choices.toDate();
        double distance = parseNumber(approach.value()) / 100;
        var ruleChoices = rules.choices();
        job.start("Scan " + id + " " + choice.label(), "Scanning " + choice.label() + " with " + id + " ...", (p, c) -> {
            var entryRules = services.rules().resolve(ruleChoices, List.of());
            var loaded = services.markets().load(choice, p, c);
            c.throwIfCancelled();
            return services.scans().scanAndSave(new ScanRequest(id, overrides, day, distance, MOMENTUM_TOP, entryRules),
                    loaded.series(), EXPIRE_DAYS, p, c);
        }, outcome -> scanned(id, outcome), "Scan failed");
    }

    private void scanned(String id, ScanService.Outcome outcome) {
        var r = outcome.result();
        signals.setAll(r.signals());
        approaching.setAll(r.approaching());
        momentum.setAll(r.momentum());
        job.status().set(String.format(Locale.ROOT, "%s on %s: %d signal(s), %d approaching; saved %d new, %d already saved, %d expired.",
                id, r.date(), r.signals().size(), r.approaching().size(), outcome.saved().added(),
                outcome.saved().alreadySaved(), outcome.saved().expired())
                + r.blockedMessage().map(m -> " " + m + ".").orElse(""));
        refreshHistory();
    }

    public void cancel() {
        job.cancel("Scan cancelled; nothing was saved.");
    }

    /** Shows the signals a saved scan stored, read as a background job (approaching symbols and momentum are not stored). */
    public void reopen(SavedScan scan) {
        context.tasks().submit("Open scan " + scan.strategyId() + " " + scan.date(),
                (p, c) -> services.signals().signals(scan.strategyId(), scan.date()), found -> {
                    signals.setAll(found);
                    approaching.clear();
                    momentum.clear();
                    job.status().set(scan.strategyId() + " on " + scan.date() + ": " + found.size()
                            + " saved signal(s) reopened (approaching and momentum are not saved; scan again for them).");
                }, error -> job.status().set("Scan not reopened: " + error.getMessage()));
    }

    /** Charts the signal's symbol on daily bars with the signal marked. */
    public void select(Signal s) {
        long day = s.date().toEpochDay();
        marks.set(new ChartMarks(s.symbol(), List.of(new ChartMarks.Mark(day, ChartMarks.Kind.SIGNAL,
                "signal " + s.strategyId() + " " + s.date())), day, day));
        context.timeframe().set(Timeframe.DAILY);
        context.symbol().set(s.symbol());
    }

    /** Charts {@code symbol} on daily bars without marks (approaching and momentum rows). */
    public void show(String symbol) {
        marks.set(null);
        context.timeframe().set(Timeframe.DAILY);
        context.symbol().set(symbol);
    }

    /** Writes the visible signals to {@code file} as CSV. */
    public void exportCsv(Path file) {
        try {
            SignalCsv.write(List.copyOf(visibleSignals), file);
            job.status().set("Exported " + visibleSignals.size() + " signal(s) to " + file + ".");
        } catch (java.io.UncheckedIOException e) {
            job.status().set("Export failed: " + e.getMessage());
        }
    }
}

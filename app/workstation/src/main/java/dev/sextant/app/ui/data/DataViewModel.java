package dev.sextant.app.ui.data;

import dev.sextant.app.research.CorporateActionRow;
import dev.sextant.app.research.DataService;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.ui.job.PanelJob;
import dev.sextant.engine.market.imports.FileOutcome;
import dev.sextant.engine.market.imports.ImportReport;
import dev.sextant.engine.market.update.SymbolUpdate;
import dev.sextant.engine.market.update.UpdateReport;
import dev.sextant.engine.market.update.UpdateStatus;
import dev.sextant.engine.market.verify.Finding;
import dev.sextant.engine.market.verify.FindingKind;
import dev.sextant.engine.market.verify.VerificationReport;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State and commands of the data panel: the stored series with a text and timeframe filter,
 * importing files and folders as a cancellable job whose rejected files are listed, and the
 * verify report, and the splits and dividends of the selected symbol. Opening a series makes it the
 * workspace's current symbol and timeframe.
 */
public final class DataViewModel {

    private final DataService service;
    private final PanelContext context;
    private final ObservableList<SeriesInfo> series = FXCollections.observableArrayList();
    private final FilteredList<SeriesInfo> visible = new FilteredList<>(series);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Timeframe> timeframeFilter = new SimpleObjectProperty<>(this, "timeframeFilter");
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper verifySummary = new ReadOnlyStringWrapper(this, "verifySummary", "Not verified yet.");
    private final ObservableList<SymbolUpdate> updates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper updateSummary = new ReadOnlyStringWrapper(this, "updateSummary",
            "Update fetches the bars missing after the last stored one from the default provider.");
    private final ObservableList<CorporateActionRow> actions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> actionsSymbol = new ReadOnlyObjectWrapper<>(this, "actionsSymbol");
    private final ReadOnlyStringWrapper actionsSummary = new ReadOnlyStringWrapper(this, "actionsSummary",
            "Select a series to list its splits and dividends.");
    private final PanelJob job;
    private final BooleanBinding hasReport;

    public DataViewModel(DataService service, PanelContext context) {
        this.service = service;
        this.context = context;
        this.job = new PanelJob(context.tasks());
        this.hasReport = Bindings.createBooleanBinding(() -> hasJobReport() || actionsSymbol.get() != null,
                job.busy(), job.status(), errors, findings, updates, actionsSymbol);
        filter.addListener((obs, old, now) -> applyFilter());
        timeframeFilter.addListener((obs, old, now) -> applyFilter());
        refresh();
    }

    public ObservableList<SeriesInfo> visibleSeries() {
        return visible;
    }

    public ObservableList<SeriesInfo> allSeries() {
        return series;
    }

    public StringProperty filter() {
        return filter;
    }

    /** Only series of this timeframe; null shows all. */
    public ObjectProperty<Timeframe> timeframeFilter() {
        return timeframeFilter;
    }

    /** True while an import or a verification runs; a second one waits for it. */
    public ReadOnlyBooleanProperty busy() {
        return job.busy();
    }

    public ReadOnlyDoubleProperty progress() {
        return job.progress();
    }

    public ReadOnlyStringProperty status() {
        return job.status();
    }

    /** Why files of the last import were rejected, one {@code file:line: reason} each; and job failures. */
    public ObservableList<String> errors() {
        return errors;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ReadOnlyStringProperty verifySummary() {
        return verifySummary.getReadOnlyProperty();
    }

    /** Per-symbol outcome of the last update. */
    public ObservableList<SymbolUpdate> updates() {
        return updates;
    }

    /** The last update's summary, or its one offline notice. */
    public ReadOnlyStringProperty updateSummary() {
        return updateSummary.getReadOnlyProperty();
    }

    /** Whether an import, verify or update runs or has left a status, errors, findings or outcomes to show. */
    public boolean hasJobReport() {
        return job.busy().get() || !job.status().get().isBlank() || !errors.isEmpty() || !findings.isEmpty()
                || !updates.isEmpty();
    }

    /** The splits and dividends of {@link #actionsSymbol()}, by ex-date. */
    public ObservableList<CorporateActionRow> actions() {
        return actions;
    }

    /** The symbol whose actions are listed; null before a series is selected. */
    public ReadOnlyObjectProperty<String> actionsSymbol() {
        return actionsSymbol.getReadOnlyProperty();
    }

    /** {@code AAA: 1 splits, 3 dividends}, that none are recorded, or why they could not be read. */
    public ReadOnlyStringProperty actionsSummary() {
        return actionsSummary.getReadOnlyProperty();
    }

    /**
     * Lists the splits and dividends of {@code symbol} (read as a background job); a symbol selected again while
     * its actions are shown is not read again, and an answer for a symbol no longer selected is dropped.
     */
    public void showActions(String symbol) {
        if (symbol == null || symbol.equals(actionsSymbol.get())) {
            return;
        }
        actionsSymbol.set(symbol);
        actions.clear();
        actionsSummary.set("Reading the splits and dividends of " + symbol + " ...");
        context.tasks().submit("List actions of " + symbol, (p, c) -> CorporateActionRow.of(service.actions(symbol)),
                rows -> {
                    if (symbol.equals(actionsSymbol.get())) {
                        actions.setAll(rows);
                        actionsSummary.set(CorporateActionRow.summary(symbol, rows));
                    }
                },
                error -> actionsSummary.set("Splits and dividends of " + symbol + " not read: " + error.getMessage()));
    }

    /**
     * Whether the import, verify, update and actions reports have anything to say: a job runs or has left its
     * status, there are import errors, verify findings or update outcomes, or a series was selected (its actions).
     * The panel hides the reports otherwise.
     */
    public BooleanBinding hasReport() {
        return hasReport;
    }

    private void applyFilter() {
        String text = filter.get() == null ? "" : filter.get().trim().toUpperCase(Locale.ROOT);
        Timeframe tf = timeframeFilter.get();
        visible.setPredicate(s -> (text.isEmpty() || s.symbol().toUpperCase(Locale.ROOT).contains(text))
                && (tf == null || s.timeframe() == tf));
    }

    public void refresh() {
        context.tasks().submit("List series", (p, c) -> service.listSeries(),
                list -> series.setAll(list),
                error -> errors.setAll("Could not list the stored series: " + error.getMessage()));
    }

    /** Makes {@code s} the workspace's current symbol and timeframe (the chart follows). */
    public void open(SeriesInfo s) {
        context.timeframe().set(s.timeframe());
        context.symbol().set(s.symbol());
    }

    public void importPaths(List<Path> paths) {
        if (job.busy().get() || paths.isEmpty()) {
            return;
        }
        errors.clear();
        job.start("Import " + paths.size() + (paths.size() == 1 ? " item" : " items"),
                "Importing " + (paths.size() == 1 ? paths.getFirst().getFileName() : paths.size() + " items") + " ...",
                (p, c) -> service.importFiles(paths, p, c),
                this::imported,
                error -> failed("Import failed", error));
    }

    private void imported(ImportReport report) {
        List<String> problems = new ArrayList<>();
        for (FileOutcome file : report.files()) {
            if (file.rejected()) {
                problems.add(file.error());
            }
            file.skipped().forEach(row -> problems.add(file.file() + ":" + row.line() + ": skipped: " + row.reason()));
        }
        errors.setAll(problems);
        long added = report.files().stream().flatMap(f -> f.series().stream()).mapToLong(s -> s.added()).sum();
        int ok = report.files().size() - report.rejected().size();
        job.status().set(String.format(Locale.ROOT, "%s%d of %d files imported: %,d bars read, %,d new, in %.1f s%s",
                report.cancelled() ? "Cancelled. " : "", ok, report.files().size(), report.barsRead(), added,
                report.elapsedNanos() / 1e9,
                report.rejected().isEmpty() ? "." : "; " + report.rejected().size() + " rejected (see below)."));
        refresh();
    }

    public void cancel() {
        if (job.cancel("Cancelled; files already imported stay imported.")) {
            refresh();
        }
    }

    /** Verifies {@code selection}, or every stored series when it is empty. */
    public void verify(List<SeriesInfo> selection) {
        if (job.busy().get()) {
            return;
        }
        List<SeriesInfo> which = selection.isEmpty() ? List.copyOf(series) : List.copyOf(selection);
        job.start("Verify " + which.size() + " series", "Verifying " + which.size() + " series ...",
                (p, c) -> service.verify(which, p, c),
                report -> verified(report, which.size()),
                error -> failed("Verification failed", error));
    }

    /** Updates the daily bars of the selected symbols from the default provider, all updatable ones when none is selected. */
    public void update(List<SeriesInfo> selection) {
        if (job.busy().get()) {
            return;
        }
        List<String> symbols = selection.stream().map(SeriesInfo::symbol).distinct().toList();
        job.start("Update " + (symbols.isEmpty() ? "all" : symbols.size() + " symbols"),
                "Updating " + (symbols.isEmpty() ? "all stored symbols" : symbols.size() + " symbol(s)") + " ...",
                (p, c) -> service.update(symbols, p, c),
                this::updated,
                error -> {
                    failed("Update failed", error);
                    updateSummary.set("Update failed: " + error.getMessage());
                });
    }

    private void updated(UpdateReport report) {
        updates.setAll(report.symbols());
        String summary = String.format(Locale.ROOT, "%s %s: %d updated, %d up to date, %d failed, %d not attempted in %.1f s%s",
                report.provider(), report.timeframe(), report.count(UpdateStatus.UPDATED), report.count(UpdateStatus.UP_TO_DATE),
                report.count(UpdateStatus.FAILED), report.count(UpdateStatus.OFFLINE), report.elapsedMillis() / 1e3,
                report.cancelled() ? " (cancelled)." : ".");
        updateSummary.set(report.offlineNotice().isEmpty() ? summary : report.offlineNotice());
        job.status().set(summary);
        refresh();
    }

    private void verified(VerificationReport report, int count) {
        findings.setAll(report.findings());
        Map<FindingKind, Integer> counts = report.countsByKind();
        String perKind = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + e.getValue())
                .collect(Collectors.joining(", "));
        verifySummary.set(String.format(Locale.ROOT, "%d series verified: %d findings%s", count,
                report.findings().size(), perKind.isEmpty() ? "." : " (" + perKind + ")."));
        job.status().set("Verified " + count + " series.");
    }

    private void failed(String what, Throwable error) {
        job.status().set(what + ".");
        errors.setAll(what + ": " + error.getMessage());
    }
}

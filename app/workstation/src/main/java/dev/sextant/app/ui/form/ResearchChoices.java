package dev.sextant.app.ui.form;

import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.ResearchServices;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.sextant.app.api.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The choices every research panel starts from: the strategy, the market (a universe, or typed
 * symbols instead when the panel takes them) and the dates (a from .. to range, one of them, or
 * none), with their defaults and validation. An unused field stays empty, which means "the
 * universe" for symbols and "no bound" for a date.
 */
public final class ResearchChoices {

    /**
     * Which dates a panel asks for: a field is shown when its label is not null; {@code fromRequired}
     * makes an empty from an error.
     */
    public record Dates(String fromLabel, String toLabel, boolean fromRequired) {

        public static final Dates NONE = new Dates(null, null, false);
        public static final Dates RANGE = new Dates("From", "To", false);

        /** One date, the last day looked at (e.g. the scan date); empty = the latest. */
        public static Dates asOf(String label) {
            return new Dates(null, label, false);
        }

        /** One date that must be given, the first day (e.g. a portfolio's start). */
        public static Dates startingOn(String label) {
            return new Dates(label, null, true);
        }
    }

    private final ResearchServices services;
    private final TaskRunner tasks;
    private final boolean symbolsShown;
    private final Dates dates;
    private final ObjectProperty<String> strategy = new SimpleObjectProperty<>(this, "strategy");
    private final ObjectProperty<String> universe = new SimpleObjectProperty<>(this, "universe");
    private final ValidatedField symbols;
    private final ValidatedField from;
    private final ValidatedField to;
    private final ObservableList<String> universes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private Set<String> stored = Set.of();

    /**
     * Choices starting at {@code strategyId} and {@code universeName} when they exist (else the first
     * of each); {@code symbolsShown} lets the user type symbols instead of the universe. The stored
     * universes and the symbols with daily bars are read through {@code tasks} (never on the FX
     * thread) and published when read; until then the universe is {@code universeName} as asked.
     */
    public ResearchChoices(ResearchServices services, TaskRunner tasks, String strategyId, String universeName,
                           boolean symbolsShown, Dates dates) {
        this.services = services;
        this.tasks = tasks;
        this.symbolsShown = symbolsShown;
        this.dates = dates;
        this.symbols = new ValidatedField("Symbols", "", this::checkSymbols);
        this.from = new ValidatedField(dates.fromLabel() == null ? "From" : dates.fromLabel(), "", this::checkFrom);
        this.to = new ValidatedField(dates.toLabel() == null ? "To" : dates.toLabel(), "", this::checkTo);
        from.text().addListener((obs, old, now) -> to.revalidate());
        List<String> ids = services.strategies().ids();
        strategy.set(ids.contains(strategyId) ? strategyId : ids.getFirst());
        universe.set(universeName);
        tasks.submit("Read universes and stored symbols", (p, c) -> new Stored(services.universes(), services.dailySymbols()),
                this::publish, error -> { });
    }

    private record Stored(List<String> universes, Set<String> symbols) {
    }

    private void publish(Stored read) {
        String wanted = universe.get();
        universes.setAll(read.universes());
        universe.set(read.universes().contains(wanted) ? wanted : read.universes().getFirst());
        stored = read.symbols();
        symbols.revalidate();
        loaded.set(true);
    }

    /** Whether the stored universes and symbols have been read (see the constructor). */
    public ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }

    private String checkSymbols(String text) {
        List<String> unknown = symbolList(text).stream().filter(s -> !stored.contains(s)).toList();
        return unknown.isEmpty() ? "" : "no daily bars for " + String.join(", ", unknown);
    }

    private String checkFrom(String text) {
        if (text.isEmpty()) {
            return dates.fromRequired() ? "required" : "";
        }
        return dateProblem(text);
    }

    private String checkTo(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String problem = dateProblem(text);
        if (!problem.isEmpty()) {
            return problem;
        }
        LocalDate first = from.value().isEmpty() || !from.valid() ? null : LocalDate.parse(from.value());
        return first != null && first.isAfter(LocalDate.parse(text)) ? "before " + from.label() + " (" + first + ")" : "";
    }

    private static String dateProblem(String text) {
        try {
            LocalDate.parse(text);
            return "";
        } catch (DateTimeParseException e) {
            return "expected YYYY-MM-DD";
        }
    }

    static List<String> symbolList(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(s -> s.trim().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    public List<String> strategies() {
        return services.strategies().ids();
    }

    /** {@code all} and the stored universes; empty until read (see the constructor). */
    public ObservableList<String> universes() {
        return FXCollections.unmodifiableObservableList(universes);
    }

    public ObjectProperty<String> strategy() {
        return strategy;
    }

    public ObjectProperty<String> universe() {
        return universe;
    }

    /** Whether the user may type symbols instead of choosing the universe. */
    public boolean symbolsShown() {
        return symbolsShown;
    }

    /** Which dates are asked for. */
    public Dates dates() {
        return dates;
    }

    /** Symbols to use instead of the universe; empty = the universe. */
    public ValidatedField symbols() {
        return symbols;
    }

    /** The first day; empty = the first bar (unless required). */
    public ValidatedField from() {
        return from;
    }

    /** The last day; empty = the latest bar. */
    public ValidatedField to() {
        return to;
    }

    /**
     * Reads again, through the task runner, which symbols have daily bars (the symbols are checked
     * against them), then runs {@code then} on the FX thread; if the read fails, the last read stands.
     */
    public void rereadStoredSymbols(Runnable then) {
        tasks.submit("Read stored symbols", (p, c) -> services.dailySymbols(), read -> {
            stored = read;
            symbols.revalidate();
            then.run();
        }, error -> then.run());
    }

    /** Whether {@code symbol} has daily bars stored. */
    public boolean hasDailyBars(String symbol) {
        return stored.contains(symbol);
    }

    public boolean valid() {
        return strategy.get() != null && symbols.valid() && from.valid() && to.valid()
                && (!symbols.value().isEmpty() || universe.get() != null);
    }

    /** The typed symbols, or the universe when none are typed. */
    public MarketChoice market() {
        List<String> list = symbolList(symbols.value());
        return list.isEmpty() ? MarketChoice.ofUniverse(universe.get()) : MarketChoice.ofSymbols(list);
    }

    /** The from date; null when empty. */
    public LocalDate fromDate() {
        return from.value().isEmpty() ? null : LocalDate.parse(from.value());
    }

    /** The to date; null when empty. */
    public LocalDate toDate() {
        return to.value().isEmpty() ? null : LocalDate.parse(to.value());
    }

    /** Fills the dates (null = empty) as a reopened run had them. */
    public void fillDates(LocalDate first, LocalDate last) {
        from.text().set(first == null ? "" : first.toString());
        to.text().set(last == null ? "" : last.toString());
    }
}

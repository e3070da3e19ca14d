package dev.sextant.app.ui.chart.drawing;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.research.DrawingService;
import dev.sextant.engine.drawing.Anchor;
import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.DrawingKind;
import dev.sextant.engine.market.Timeframe;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and decisions of the chart's drawings: the current symbol's drawings (read off the UI thread whenever the
 * symbol changes), the tool being drawn with, the selected drawing, whether drawings are hidden and whether their
 * list shows. Adds, edits and deletes show at once and are stored as background jobs, one transaction each; a write
 * that fails says why and reloads what is stored.
 */
public final class DrawingsViewModel {

    /** The zone of intraday anchor times in the list: the exchange's, as on the chart's time axis. */
    static final ZoneId EXCHANGE_ZONE = ZoneId.of("America/New_York");
    private static final DateTimeFormatter INTRADAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PanelContext context;
    private final DrawingService service;
    private final ObservableList<Drawing> drawings = FXCollections.observableArrayList();
    private final ObjectProperty<DrawingKind> tool = new SimpleObjectProperty<>(this, "tool");
    private final ObjectProperty<Drawing> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty hidden = new SimpleBooleanProperty(this, "hidden");
    private final BooleanProperty listShown = new SimpleBooleanProperty(this, "listShown");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private long request;

    public DrawingsViewModel(PanelContext context, DrawingService service) {
        this.context = context;
        this.service = service;
        context.symbol().addListener((obs, old, now) -> reload());
        tool.addListener((obs, old, now) -> {
            if (now != null) {
                hidden.set(false);
            }
        });
        reload();
    }

    /** The current symbol's drawings, oldest first. */
    public ObservableList<Drawing> drawings() {
        return drawings;
    }

    /** The kind the next press on the chart draws, or null while the pointer selects and moves drawings. */
    public ObjectProperty<DrawingKind> tool() {
        return tool;
    }

    public ObjectProperty<Drawing> selected() {
        return selected;
    }

    public BooleanProperty hidden() {
        return hidden;
    }

    public BooleanProperty listShown() {
        return listShown;
    }

    /** Why the last load or write failed; empty when it did not. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public String symbol() {
        return context.symbol().get();
    }

    public Timeframe timeframe() {
        return context.timeframe().get();
    }

    private void reload() {
        String symbol = symbol();
        long id = ++request;
        selected.set(null);
        drawings.clear();
        if (symbol == null) {
            return;
        }
        context.tasks().submit("Drawings of " + symbol, (progress, cancel) -> service.of(symbol),
                stored -> {
                    if (id == request) {
                        drawings.setAll(stored);
                    }
                },
                error -> fail("Could not read the drawings of " + symbol, error));
    }

    /** Stores a new drawing on the current symbol, selects it and puts the tool down. */
    public void add(Drawing drawing) {
        tool.set(null);
        long id = request;
        context.tasks().submit("Add " + drawing.kind().label(), (progress, cancel) -> service.add(drawing),
                stored -> {
                    if (id == request) {
                        drawings.add(stored);
                        selected.set(stored);
                    }
                },
                error -> fail("Could not save the " + drawing.kind().label().toLowerCase(java.util.Locale.ROOT), error));
    }

    /** Shows {@code edited} in place of the stored drawing with its key and stores it. */
    public void save(Drawing edited) {
        int at = indexOf(edited.id());
        if (at < 0) {
            throw new IllegalArgumentException("drawing " + edited.id() + " is not on the chart of " + symbol());
        }
        drawings.set(at, edited);
        if (selected.get() != null && selected.get().id() == edited.id()) {
            selected.set(edited);
        }
        context.tasks().submit("Save " + edited.kind().label(), (progress, cancel) -> service.save(edited), saved -> { },
                error -> fail("Could not save the " + edited.kind().label().toLowerCase(java.util.Locale.ROOT), error));
    }

    /** Takes {@code drawing} off the chart and deletes it from the store. */
    public void delete(Drawing drawing) {
        int at = indexOf(drawing.id());
        if (at < 0) {
            return;
        }
        drawings.remove(at);
        if (selected.get() != null && selected.get().id() == drawing.id()) {
            selected.set(null);
        }
        context.tasks().submit("Delete " + drawing.kind().label(), (progress, cancel) -> {
            service.delete(drawing);
            return drawing;
        }, deleted -> { }, error -> fail("Could not delete the " + drawing.kind().label().toLowerCase(java.util.Locale.ROOT), error));
    }

    /** Deletes the selected drawing; false when none is selected. */
    public boolean deleteSelected() {
        Drawing d = selected.get();
        if (d == null) {
            return false;
        }
        delete(d);
        return true;
    }

    private int indexOf(long id) {
        for (int i = 0; i < drawings.size(); i++) {
            if (drawings.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void fail(String what, Throwable error) {
        problem.set(what + ": " + error.getMessage());
        reload();
    }

    /** A drawing as the list shows it: kind, anchor dates and prices, and a note's text. */
    public static String describe(Drawing d) {
        String anchors = d.anchors().stream().map(a -> describe(a, d.drawnOn())).collect(Collectors.joining(" → "));
        String text = d.text().isEmpty() ? "" : "  \"" + d.text() + "\"";
        return d.kind().label() + "  " + anchors + text;
    }

    /** An anchor's date (and, on intraday bars, its time at the exchange, as the chart's time axis shows it) and price. */
    public static String describe(Anchor a, Timeframe drawnOn) {
        String when = drawnOn.isIntraday() ? INTRADAY.format(Instant.ofEpochSecond(a.time()).atZone(EXCHANGE_ZONE))
                : LocalDate.ofEpochDay(Math.floorDiv(a.time(), 86_400L)).toString();
        return when + " " + DrawingFigures.price(a.price());
    }
}

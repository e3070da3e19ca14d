package dev.sextant.app.ui.form;

import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.StrategyProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The parameters of one strategy as form fields: one per {@link ParamSpec}, starting at its default
 * and checked by the spec itself (type and range), so the messages are the engine's.
 */
public final class ParamForm {

    /** A parameter and its field. */
    public record Entry(ParamSpec spec, ValidatedField field) {
    }

    private final ObservableList<Entry> entries = FXCollections.observableArrayList();

    /** Replaces the fields with {@code provider}'s parameters at their defaults. */
    public void load(StrategyProvider provider) {
        entries.setAll(provider.paramSpace().params().stream()
                .map(p -> new Entry(p, ValidatedField.parsed(p.name(), String.valueOf(p.defaultObject()), p::coerce)))
                .toList());
    }

    /** Sets fields from stored values (a reopened run); names without a field are ignored. */
    public void set(Map<String, ?> values) {
        for (Entry e : entries) {
            Object v = values.get(e.spec().name());
            if (v != null) {
                e.field().text().set(String.valueOf(v));
            }
        }
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public boolean valid() {
        return entries.stream().allMatch(e -> e.field().valid());
    }

    /** The values that differ from the defaults, typed by their specs. @throws IllegalArgumentException when a field is invalid */
    public Map<String, Object> overrides() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            Object value = e.spec().coerce(e.field().value());
            if (!Objects.equals(value, e.spec().defaultObject())) {
                out.put(e.spec().name(), value);
            }
        }
        return out;
    }
}

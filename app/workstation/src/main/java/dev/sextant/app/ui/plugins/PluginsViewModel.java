package dev.sextant.app.ui.plugins;

import dev.sextant.app.plugins.PluginHost;
import dev.sextant.app.plugins.PluginState;
import dev.sextant.app.plugins.PluginStatus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Plugins panel's state: every plugin found in this start with its state and problem, and
 * enabling or disabling the selected one. A switch is kept in the settings at once and takes
 * effect on the next start (a plugin's contributions cannot be taken out of a running
 * workstation), which the row's "Next start" column says.
 */
public final class PluginsViewModel {

    /** One table row: the plugin's status in this start and what it will be at the next. */
    public record Row(PluginStatus status, String nextStart) {
    }

    private final PluginHost host;
    private final Path folder;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Map<String, Boolean> switched = new HashMap<>();

    public PluginsViewModel(PluginHost host, Path folder) {
        this.host = host;
        this.folder = folder;
        refresh();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selected() {
        return selected;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Where user plugin jars go. */
    public Path folder() {
        return folder;
    }

    /** True when the row's plugin can be switched: it was read (has a name) or is a jar not opened, and is not the built-in one. */
    public static boolean switchable(Row row) {
        return row != null && row.status().switchable() && !row.status().id().equals(PluginHost.CORE_ID);
    }

    public void enable() {
        toggle(true);
    }

    public void disable() {
        toggle(false);
    }

    private void toggle(boolean on) {
        Row row = selected.get();
        if (!switchable(row)) {
            message.set(row == null ? "Select a plugin first."
                    : "'" + row.status().id() + "' cannot be switched: " + (row.status().name().isEmpty()
                            ? "its jar could not be read" : "the built-in strategies are always on"));
            return;
        }
        String id = row.status().id();
        if (on) {
            host.enable(id);
        } else {
            host.disable(id);
        }
        switched.put(id, on);
        refresh();
        message.set("'" + id + "' " + (on ? "enabled" : "disabled") + ": restart the workstation for it to take effect.");
    }

    private void refresh() {
        String keep = selected.get() == null ? null : selected.get().status().source() + "/" + selected.get().status().id();
        rows.setAll(host.statuses().stream().map(s -> new Row(s, nextStart(s))).toList());
        selected.set(rows.stream().filter(r -> (r.status().source() + "/" + r.status().id()).equals(keep)).findFirst().orElse(null));
    }

    private String nextStart(PluginStatus s) {
        if (!switched.containsKey(s.id())) {
            return "";
        }
        boolean on = switched.get(s.id());
        boolean activeNow = s.state() == PluginState.ACTIVE;
        return on == activeNow ? "" : on ? "enabled" : "disabled";
    }
}

package dev.sextant.app.ui.shell;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the workstation tells the user in passing (layout fallbacks, job failures), newest last, with the time. */
public final class Notices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ObservableList<String> all = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper latest = new ReadOnlyStringWrapper(this, "latest", "");

    public void add(String text) {
        all.add(TIME.format(LocalTime.now()) + "  " + text);
        latest.set(text);
    }

    public ObservableList<String> all() {
        return all;
    }

    public ReadOnlyStringProperty latest() {
        return latest.getReadOnlyProperty();
    }
}

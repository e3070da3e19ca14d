package dev.sextant.app.ui.shell;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;
import javafx.scene.Node;

/** The jobs panel ({@code jobs}). */
public final class JobsPanelProvider implements PanelProvider {

    public static final String ID = "jobs";

    private final ObservableList<Worker<?>> running;
    private final Notices notices;

    public JobsPanelProvider(ObservableList<Worker<?>> running, Notices notices) {
        this.running = running;
        this.notices = notices;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Jobs";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.BOTTOM;
    }

    @Override
    public Node create(PanelContext context) {
        return new JobsPanel(running, notices);
    }
}

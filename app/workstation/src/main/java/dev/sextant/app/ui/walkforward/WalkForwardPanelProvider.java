package dev.sextant.app.ui.walkforward;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.form.RunOnChoice;
import java.nio.file.Path;
import javafx.scene.Node;

/** The walk-forward panel ({@code walkforward}): plan, per-fold table, stitched out-of-sample equity, WFE, DSR and PBO. */
public final class WalkForwardPanelProvider implements PanelProvider {

    public static final String ID = "walkforward";

    private final ResearchServices services;
    private final Path home;

    /** {@code home} holds the default folder of bars shipped to a local Spark master ({@code spark-data}). */
    public WalkForwardPanelProvider(ResearchServices services, Path home) {
        this.services = services;
        this.home = home;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Walk-forward";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.CENTER;
    }

    @Override
    public Node create(PanelContext context) {
        return new WalkForwardPanel(new WalkForwardViewModel(services, context, RunOnChoice.in(home)));
    }
}

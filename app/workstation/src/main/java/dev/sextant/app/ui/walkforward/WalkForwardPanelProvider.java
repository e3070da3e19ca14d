package dev.sextant.app.ui.walkforward;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.research.ResearchServices;
import javafx.scene.Node;

/** The walk-forward panel ({@code walkforward}): plan, per-fold table, stitched out-of-sample equity, WFE, DSR and PBO. */
public final class WalkForwardPanelProvider implements PanelProvider {

    public static final String ID = "walkforward";

    private final ResearchServices services;

    public WalkForwardPanelProvider(ResearchServices services) {
        this.services = services;
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
        return new WalkForwardPanel(new WalkForwardViewModel(services, context));
    }
}

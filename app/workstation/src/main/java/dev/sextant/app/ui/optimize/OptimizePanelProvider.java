package dev.sextant.app.ui.optimize;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.research.ResearchServices;
import javafx.scene.Node;

/** The optimizer panel ({@code optimizer}): a study over a strategy's parameters, its trials live, importance and the objective surface. */
public final class OptimizePanelProvider implements PanelProvider {

    public static final String ID = "optimizer";

    private final ResearchServices services;

    public OptimizePanelProvider(ResearchServices services) {
        this.services = services;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Optimizer";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.CENTER;
    }

    @Override
    public Node create(PanelContext context) {
        return new OptimizePanel(new OptimizeViewModel(services, context));
    }
}

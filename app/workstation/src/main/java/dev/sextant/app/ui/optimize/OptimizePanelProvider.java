package dev.sextant.app.ui.optimize;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.form.RunOnChoice;
import java.nio.file.Path;
import javafx.scene.Node;

/** The optimizer panel ({@code optimizer}): a study over a strategy's parameters, its trials live, importance and the objective surface. */
public final class OptimizePanelProvider implements PanelProvider {

    public static final String ID = "optimizer";

    private final ResearchServices services;
    private final Path home;

    /** {@code home} holds the default folder of bars shipped to a local Spark master ({@code spark-data}). */
    public OptimizePanelProvider(ResearchServices services, Path home) {
        this.services = services;
        this.home = home;
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
        return new OptimizePanel(new OptimizeViewModel(services, context, RunOnChoice.in(home)));
    }
}

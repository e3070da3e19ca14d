package dev.sextant.app.ui.regime;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.research.ResearchServices;
import javafx.scene.Node;

/** The regime panel ({@code regime}): the market's regime probabilities, today's regime, transitions and forecast skill. */
public final class RegimePanelProvider implements PanelProvider {

    public static final String ID = "regime";

    private final ResearchServices services;

    public RegimePanelProvider(ResearchServices services) {
        this.services = services;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Regime";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.CENTER;
    }

    @Override
    public Node create(PanelContext context) {
        RegimePanel panel = new RegimePanel(new RegimeViewModel(services, context),
                new RegimeMapViewModel(services, context));
        panel.viewModel().refresh();
        panel.viewModel().loadSplits();
        return panel;
    }
}

package dev.sextant.app.ui.portfolio;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.research.ResearchServices;
import javafx.scene.Node;

/** The Portfolio panel ({@code portfolio}): paper portfolios, their equity, switches and post-mortems. */
public final class PortfolioPanelProvider implements PanelProvider {

    public static final String ID = "portfolio";

    private final ResearchServices services;

    public PortfolioPanelProvider(ResearchServices services) {
        this.services = services;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Portfolio";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.CENTER;
    }

    @Override
    public Node create(PanelContext context) {
        return new PortfolioPanel(new PortfolioViewModel(services, context));
    }
}

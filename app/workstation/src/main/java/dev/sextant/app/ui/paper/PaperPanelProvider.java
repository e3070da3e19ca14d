package dev.sextant.app.ui.paper;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.ui.live.SessionOutputs;
import javafx.scene.Node;

/** The Paper panel ({@code paper}): the paper portfolio of the running replay or live session, per bar. */
public final class PaperPanelProvider implements PanelProvider {

    public static final String ID = "paper";

    private final SessionOutputs session;

    public PaperPanelProvider(SessionOutputs session) {
        this.session = session;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Paper";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.BOTTOM;
    }

    @Override
    public Node create(PanelContext context) {
        return new PaperPanel(new PaperViewModel(session));
    }
}

package dev.sextant.app.ui.paper;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.ui.live.ReplayViewModel;
import javafx.scene.Node;

/** The Paper panel ({@code paper}): the paper portfolio of the running replay, per bar. */
public final class PaperPanelProvider implements PanelProvider {

    public static final String ID = "paper";

    private final ReplayViewModel replay;

    public PaperPanelProvider(ReplayViewModel replay) {
        this.replay = replay;
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
        return new PaperPanel(new PaperViewModel(replay));
    }
}

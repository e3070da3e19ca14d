package dev.sextant.app.ui.scan;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.marks.ChartMarks;
import dev.sextant.app.ui.watchlist.SymbolTableMenus;
import dev.sextant.app.ui.watchlist.WatchlistCatalog;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;

/** The scanner panel ({@code scanner}): a strategy's signals on one date, approaching symbols, momentum. */
public final class ScanPanelProvider implements PanelProvider {

    public static final String ID = "scanner";

    private final ResearchServices services;
    private final ObjectProperty<ChartMarks> marks;
    private final WatchlistCatalog watchlists;

    public ScanPanelProvider(ResearchServices services, ObjectProperty<ChartMarks> marks, WatchlistCatalog watchlists) {
        this.services = services;
        this.marks = marks;
        this.watchlists = watchlists;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Scanner";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.BOTTOM;
    }

    @Override
    public Node create(PanelContext context) {
        ScanPanel panel = new ScanPanel(new ScanViewModel(services, context, marks));
        SymbolTableMenus.forSignals(panel.signalsTable(), watchlists);
        return panel;
    }
}

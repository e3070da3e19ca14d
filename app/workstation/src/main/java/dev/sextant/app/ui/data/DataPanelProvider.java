package dev.sextant.app.ui.data;

import dev.sextant.app.research.DataService;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import javafx.scene.Node;

/** The data panel ({@code data}): stored series, import, verify. */
public final class DataPanelProvider implements PanelProvider {

    public static final String ID = "data";

    private final DataService service;

    public DataPanelProvider(DataService service) {
        this.service = service;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Data";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.LEFT;
    }

    @Override
    public Node create(PanelContext context) {
        return new DataPanel(new DataViewModel(service, context));
    }
}

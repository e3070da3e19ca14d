package dev.sextant.app.ui.backtest;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.marks.ChartMarks;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;

/** The backtest panel ({@code backtest}): run, inspect, compare and export portfolio backtests. */
public final class BacktestPanelProvider implements PanelProvider {

    public static final String ID = "backtest";

    private final ResearchServices services;
    private final ObjectProperty<ChartMarks> marks;

    public BacktestPanelProvider(ResearchServices services, ObjectProperty<ChartMarks> marks) {
        this.services = services;
        this.marks = marks;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Backtest";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.CENTER;
    }

    @Override
    public Node create(PanelContext context) {
        return new BacktestPanel(new BacktestViewModel(services, context, marks));
    }
}

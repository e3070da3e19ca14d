package dev.sextant.app.api;

import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.Timeframe;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * What a panel can use: the workspace's shared selection (panels follow it and may change it),
 * the stored bars, and the one task runner for background work.
 */
public interface PanelContext {

    /** The workspace's current symbol; null when none is chosen. */
    StringProperty symbol();

    /** The workspace's current timeframe. */
    ObjectProperty<Timeframe> timeframe();

    BarRepository bars();

    TaskRunner tasks();
}

package dev.sextant.engine.spi;

import java.time.LocalDate;
import java.util.List;

/**
 * Plugin SPI: receives the signals of a scan after they were saved (e.g. to send them by mail,
 * write them to a broker's import folder or a chat). Called on the scanning thread; a sink that
 * needs time should hand the work to its own thread.
 */
public interface SignalSink {

    /** Stable id, e.g. {@code csv-drop}. */
    String id();

    /**
     * @param strategyId the scanned strategy
     * @param date       the scan date
     * @param signals    the signals found on that date (already saved), possibly empty
     */
    void signalsSaved(String strategyId, LocalDate date, List<Signal> signals);
}

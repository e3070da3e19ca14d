package dev.sextant.engine.scan;

import dev.sextant.engine.spi.Signal;

import java.time.LocalDate;
import java.util.List;

/** Port: saved scanner signals and their lifecycle. Implemented by the data module. */
public interface SignalRepository {

    /**
     * In one transaction: marks every active signal whose expiry date is before {@code scanDate}
     * as expired, then adds {@code signals} that are not saved yet (by their stable id), each
     * expiring {@code expireDays} calendar days after its date. Saving the same signals again adds
     * nothing and changes no status.
     */
    SignalSaveReport saveScan(List<Signal> signals, LocalDate scanDate, int expireDays);

    /** Marks an active signal as executed. @throws IllegalArgumentException if unknown or not active */
    void markExecuted(String id);

    /** Saved signals, newest date first then symbol; {@code status} null means all. */
    List<StoredSignal> list(SignalStatus status);

    /** The saved scans, newest date first then strategy. */
    List<SavedScan> scans();

    /** The signals a scan of {@code strategyId} saved on {@code date}, in the order they were found. */
    List<Signal> signals(String strategyId, LocalDate date);
}

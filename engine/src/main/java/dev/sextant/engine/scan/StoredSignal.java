package dev.sextant.engine.scan;

import java.time.LocalDate;

/** A saved signal with its lifecycle state; {@code expiresOn} is the last day it stays active. */
public record StoredSignal(String id, String strategyId, String symbol, LocalDate date, double price, double stop,
        double target, boolean strong, double rankScore, SignalStatus status, LocalDate expiresOn) {
}

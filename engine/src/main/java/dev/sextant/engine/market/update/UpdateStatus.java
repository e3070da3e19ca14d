package dev.sextant.engine.market.update;

/** How updating one symbol ended. */
public enum UpdateStatus {
    /** New or changed bars were stored. */
    UPDATED,
    /** Nothing was missing, or the provider had nothing newer. */
    UP_TO_DATE,
    /** The provider or the store failed for this symbol; nothing of it was written. */
    FAILED,
    /** Not attempted: the network was found unreachable for an earlier symbol. */
    OFFLINE
}

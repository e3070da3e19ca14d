package dev.sextant.engine.backtest;

/** When an order decided on a bar's close is filled. */
public enum FillTiming {
    /** Default and honest: at the next bar's open. */
    NEXT_OPEN,
    /** Opt-in, optimistic: at the same bar's close that produced the signal (labelled in results). */
    SAME_CLOSE
}

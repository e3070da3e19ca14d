package dev.sextant.engine.paper;

import java.util.Optional;

/**
 * Decides, at the close of a calendar day, whether a portfolio moves to another strategy (the new
 * one trades from the next day). Day {@code t}'s decision reads nothing dated after day {@code t}.
 */
public interface StrategySelector {

    /**
     * The switch made at the close of calendar day {@code t}, if any.
     *
     * @param active label of the strategy that traded day {@code t}
     * @param lastSwitch calendar index of the previous switch, or −1 for none
     */
    Optional<StrategySwitch> decide(int t, String active, int lastSwitch);
}

package dev.sextant.engine.paper;

import java.time.LocalDate;
import java.util.Map;

/**
 * One move of a portfolio to another strategy, decided at the close of {@code date} (the new
 * strategy trades from the next day).
 *
 * @param fromScore the score of the strategy given up (the active score before the switch)
 * @param toScore the score of the strategy taken (the active score after it)
 * @param scores every candidate's score that day, by label, in candidate order
 * @param regime the regime label the scores were restricted to, or null
 * @param reason why, in words
 */
public record StrategySwitch(LocalDate date, String from, String to, double fromScore, double toScore,
        Map<String, Double> scores, String regime, String reason) {
}

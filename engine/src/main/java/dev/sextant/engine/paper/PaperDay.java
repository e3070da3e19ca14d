package dev.sextant.engine.paper;

import java.time.LocalDate;

/** One processed day of a paper portfolio, at its close; {@code strategy} is the label that traded it. */
public record PaperDay(LocalDate date, double equity, double cash, double exposure, int positions, String strategy) {
}

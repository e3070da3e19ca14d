package dev.sextant.engine.scan;

/** Place of a symbol in the momentum ranking (1 = strongest); {@code score} as in momentum-rank. */
public record MomentumRank(int rank, String symbol, double score) {
}

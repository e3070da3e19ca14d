package dev.sextant.sample;

/**
 * The daily close-to-close log returns of one instrument, the conditional daily volatility of
 * each day (which sets the size of its high-low range), and the part of each return that is an
 * overnight jump (earnings) and therefore shows up as a gap at the open.
 */
record ReturnPath(double[] logReturns, double[] dailyVolatility, double[] overnightJumps) {

    int length() {
        return logReturns.length;
    }
}

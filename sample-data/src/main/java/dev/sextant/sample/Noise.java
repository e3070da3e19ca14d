package dev.sextant.sample;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Deterministic random numbers for one named stream of the generator.
 *
 * <p>Each stream (the regime chain, the market factor, one stock, ...) gets its own
 * {@code L64X128MixRandom} seeded from the master seed and the stream's name, so adding or
 * reordering streams never changes the numbers of another one. Normal draws use Box–Muller
 * with {@link StrictMath} rather than {@link RandomGenerator#nextGaussian()}, whose
 * implementation may use platform-dependent {@code Math} functions.
 */
final class Noise {

    private static final String ALGORITHM = "L64X128MixRandom";

    private final RandomGenerator random;
    private double spareGaussian = Double.NaN;

    private Noise(RandomGenerator random) {
        this.random = random;
    }

    static Noise stream(long masterSeed, String name) {
        long seed = masterSeed * 0x9E3779B97F4A7C15L ^ fnv1a64(name);
        return new Noise(RandomGeneratorFactory.of(ALGORITHM).create(seed));
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** Uniform integer in [0, bound). */
    int integer(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Standard normal draw (Box–Muller, both values used). */
    double gaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double value = spareGaussian;
            spareGaussian = Double.NaN;
            return value;
        }
        double u1 = 1.0 - random.nextDouble(); // (0, 1], keeps log finite
        double u2 = random.nextDouble();
        double radius = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
        double angle = 2.0 * StrictMath.PI * u2;
        spareGaussian = radius * StrictMath.sin(angle);
        return radius * StrictMath.cos(angle);
    }

    /** Student-t draw with integer degrees of freedom (&gt; 2), rescaled to unit variance. */
    double studentT(int degreesOfFreedom) {
        double chiSquare = 0;
        for (int i = 0; i < degreesOfFreedom; i++) {
            double z = gaussian();
            chiSquare += z * z;
        }
        double t = gaussian() / StrictMath.sqrt(chiSquare / degreesOfFreedom);
        return t * StrictMath.sqrt((degreesOfFreedom - 2.0) / degreesOfFreedom);
    }

    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}

package dev.sextant.engine.indicator;

/**
 * Volume ratio: {@code volume[i] / mean(volume[i-n+1..i])} (the average includes the current
 * bar). NaN during warm-up ({@code i < n-1}) and when the average volume is zero.
 */
public final class VolumeRatioIndicator {

    private VolumeRatioIndicator() {
    }

    public static double[] compute(double[] volume, int n) {
        double[] avg = RollingMeanIndicator.compute(volume, n);
        double[] out = new double[volume.length];
        for (int i = 0; i < volume.length; i++) {
            out[i] = avg[i] > 0 ? volume[i] / avg[i] : Double.NaN;
        }
        return out;
    }
}

package dev.newsdigest.bot.app.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Median and spread of repeated measurements, and latency percentiles. */
public record Stats(int n, double min, double p25, double median, double p75, double p99, double max) {

    public static Stats of(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        return of(v);
    }

    public static Stats of(double[] values) {
        if (values.length == 0) {
            return new Stats(0, 0, 0, 0, 0, 0, 0);
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return new Stats(v.length, v[0], percentile(v, 25), percentile(v, 50), percentile(v, 75), percentile(v, 99),
                v[v.length - 1]);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** "median 123.4 (min 120.0 .. max 130.2, n=5)" */
    public String spread(String format) {
        return String.format(Locale.ROOT, "median " + format + " (min " + format + " .. max " + format + ", n=%d)",
                median, min, max, n);
    }
}

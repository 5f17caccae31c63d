package org.clinic.platform.metrics;

/** The last value read for one gauge; NaN until the first read and while the database does not answer. */
public final class GaugeValue {

    private volatile double value = Double.NaN;

    public void set(double value) {
        this.value = value;
    }

    public void unknown() {
        this.value = Double.NaN;
    }

    public double get() {
        return value;
    }
}

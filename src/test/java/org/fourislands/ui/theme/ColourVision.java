package org.fourislands.ui.theme;

import org.fourislands.render.Rgba;

/**
 * How far apart two colours look, for typical colour vision and as simulated for the three
 * dichromacies, for theme tests.
 *
 * <p>The simulation is Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", IEEE TVCG 15(6), doi:10.1109/TVCG.2009.113: one 3×3
 * matrix a deficiency, here at severity 1, applied to linear sRGB. The difference is CIEDE2000
 * (CIE 142-2001), computed as in Sharma, Wu and Dalal (2005), whose test pairs the tests check
 * it against, on CIELAB under D65.
 */
final class ColourVision {

    enum Vision {
        TYPICAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        PROTANOPIA(new double[][] {
            {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {
            {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {
            {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

        private final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }

        /** The colour as this vision sees it, in linear sRGB, clipped to the display's range. */
        double[] linearRgb(Rgba colour) {
            double[] in = {linear(colour.red()), linear(colour.green()), linear(colour.blue())};
            double[] out = new double[3];
            for (int row = 0; row < 3; row++) {
                double sum = 0;
                for (int column = 0; column < 3; column++) {
                    sum += matrix[row][column] * in[column];
                }
                out[row] = Math.clamp(sum, 0, 1);
            }
            return out;
        }

        /** CIEDE2000 between {@code a} and {@code b} as this vision sees them. */
        double difference(Rgba a, Rgba b) {
            return ciede2000(lab(linearRgb(a)), lab(linearRgb(b)));
        }
    }

    private ColourVision() {}

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** CIELAB (D65) of a linear sRGB colour. */
    static double[] lab(double[] rgb) {
        double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
        double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
        double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
        double fx = labCurve(x);
        double fy = labCurve(y);
        double fz = labCurve(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double labCurve(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** The CIEDE2000 colour difference of two CIELAB colours, with k_L = k_C = k_H = 1. */
    static double ciede2000(double[] lab1, double[] lab2) {
        double chroma1 = Math.hypot(lab1[1], lab1[2]);
        double chroma2 = Math.hypot(lab2[1], lab2[2]);
        double meanChroma7 = Math.pow((chroma1 + chroma2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(meanChroma7 / (meanChroma7 + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1 = Math.hypot(a1, lab1[2]);
        double c2 = Math.hypot(a2, lab2[2]);
        double h1 = hueDegrees(a1, lab1[2]);
        double h2 = hueDegrees(a2, lab2[2]);

        double deltaL = lab2[0] - lab1[0];
        double deltaC = c2 - c1;
        double deltaHue = 0;
        if (c1 * c2 != 0) {
            deltaHue = h2 - h1;
            if (deltaHue > 180) {
                deltaHue -= 360;
            } else if (deltaHue < -180) {
                deltaHue += 360;
            }
        }
        double deltaH = 2 * Math.sqrt(c1 * c2) * Math.sin(Math.toRadians(deltaHue / 2));

        double meanL = (lab1[0] + lab2[0]) / 2;
        double meanC = (c1 + c2) / 2;
        double meanHue = h1 + h2;
        if (c1 * c2 != 0) {
            if (Math.abs(h1 - h2) <= 180) {
                meanHue = (h1 + h2) / 2;
            } else {
                meanHue = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
            }
        }
        double t = 1 - 0.17 * cosDegrees(meanHue - 30) + 0.24 * cosDegrees(2 * meanHue)
                + 0.32 * cosDegrees(3 * meanHue + 6) - 0.20 * cosDegrees(4 * meanHue - 63);
        double rotation = 30 * Math.exp(-Math.pow((meanHue - 275) / 25, 2));
        double meanC7 = Math.pow(meanC, 7);
        double rc = 2 * Math.sqrt(meanC7 / (meanC7 + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(meanL - 50, 2) / Math.sqrt(20 + Math.pow(meanL - 50, 2));
        double sc = 1 + 0.045 * meanC;
        double sh = 1 + 0.015 * meanC * t;
        double rt = -Math.sin(Math.toRadians(2 * rotation)) * rc;
        double l = deltaL / sl;
        double c = deltaC / sc;
        double h = deltaH / sh;
        return Math.sqrt(l * l + c * c + h * h + rt * c * h);
    }

    private static double hueDegrees(double a, double b) {
        double degrees = Math.toDegrees(Math.atan2(b, a));
        return degrees < 0 ? degrees + 360 : degrees;
    }

    private static double cosDegrees(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}

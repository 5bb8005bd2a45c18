package org.cstkg.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javax.imageio.ImageIO;

/**
 * The scaling curve as a PNG, drawn with Java2D (no plotting library, nothing fetched): wall time in seconds against
 * the number of reports, both axes logarithmic, median with a bar from min to max; a dotted line is linear growth
 * from the first point of the extraction series.
 */
final class Plot {

    record Series(String label, String metric, String subject, String unit, Color color) {}

    static final List<Series> SERIES = List.of(
            new Series("cstkg extract, 1 thread", "extract-time", "cstkg-1-thread", "s", new Color(0x1f77b4)),
            new Series("cstkg extract, 2 threads", "extract-time", "cstkg-2-threads", "s", new Color(0x17becf)),
            new Series("cstkg ingest (extraction included)", "ingest-time", "cstkg", "s", new Color(0xd62728)),
            new Series("tdb2.tdbloader (same N-Quads)", "ingest-time", "tdbloader", "s", new Color(0x2ca02c)),
            new Series("read+tokenise floor", "extract-time", "floor", "s", new Color(0x7f7f7f)));

    private static final int W = 900, H = 560, L = 90, R = 300, T = 50, B = 70;

    static void scaling(Raw raw, Path png) throws IOException {
        TreeSet<Integer> sizes = raw.sizes();
        double minY = Double.MAX_VALUE, maxY = 0;
        for (Series s : SERIES)
            for (int n : sizes) {
                Raw.Stat st = raw.get(n, s.metric(), s.subject(), s.unit());
                if (st != null) {
                    minY = Math.min(minY, st.min());
                    maxY = Math.max(maxY, st.max());
                }
            }
        if (maxY == 0)
            throw new IllegalArgumentException("nothing to plot");
        double x0 = Math.log10(sizes.first()) - 0.2, x1 = Math.log10(sizes.last()) + 0.2;
        double y0 = Math.floor(Math.log10(minY)), y1 = Math.ceil(Math.log10(maxY * 1.5));
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        Axes axes = new Axes(x0, x1, y0, y1);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (double e = y0; e <= y1; e++) {
            int y = axes.y(Math.pow(10, e));
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(L, y, W - R, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Raw.fmt(Math.pow(10, e)) + " s", 20, y + 5);
        }
        for (int n : sizes) {
            int x = axes.x(n);
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(x, T, x, H - B);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format("%,d", n), x - 15, H - B + 20);
        }
        g.setColor(Color.BLACK);
        g.drawRect(L, T, W - L - R, H - T - B);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Wall time vs. synthetic digests (cstkg generate), log-log; bars: min-max", L, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString("reports (digests of 10-17 articles)", L + 150, H - 25);
        int legend = T + 10;
        List<Series> drawn = new ArrayList<>();
        for (Series s : SERIES) {
            Path2D line = new Path2D.Double();
            boolean first = true;
            for (int n : sizes) {
                Raw.Stat st = raw.get(n, s.metric(), s.subject(), s.unit());
                if (st == null)
                    continue;
                int x = axes.x(n), y = axes.y(st.median());
                if (first)
                    line.moveTo(x, y);
                else
                    line.lineTo(x, y);
                first = false;
                g.setColor(s.color());
                g.drawLine(x, axes.y(st.min()), x, axes.y(st.max()));
                g.fillOval(x - 4, y - 4, 8, 8);
            }
            if (first)
                continue;
            drawn.add(s);
            g.setColor(s.color());
            g.setStroke(new BasicStroke(2f));
            g.draw(line);
            g.setStroke(new BasicStroke(1f));
            g.fillRect(W - R + 15, legend - 8, 14, 8);
            g.setColor(Color.BLACK);
            g.drawString(s.label(), W - R + 35, legend);
            legend += 22;
        }
        Raw.Stat base = raw.get(sizes.first(), "extract-time", "cstkg-1-thread", "s");
        if (base != null && sizes.size() > 1) {
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 4f, 4f }, 0f));
            double k = base.median() / sizes.first();
            g.drawLine(axes.x(sizes.first()), axes.y(base.median()), axes.x(sizes.last()), axes.y(k * sizes.last()));
            g.setStroke(new BasicStroke(1f));
            g.drawString("- - linear growth from extract's first point", W - R + 15, legend + 10);
        }
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    private record Axes(double x0, double x1, double y0, double y1) {
        int x(double n) {
            return (int) Math.round(L + (Math.log10(n) - x0) / (x1 - x0) * (W - L - R));
        }

        int y(double v) {
            return (int) Math.round(H - B - (Math.log10(v) - y0) / (y1 - y0) * (H - T - B));
        }
    }
}

package org.casereview.backoffice.reports;

import java.util.List;
import java.util.Locale;

/**
 * Simple charts drawn as SVG text on the server: horizontal bars, columns over time, and stacked bars with a legend.
 * Every bar carries its number as text, so nothing depends on colour; the same figures are in the tables.
 */
final class SvgCharts {

    /** One bar: what it counts and how many. */
    record Bar(String label, long value) {
    }

    /** One stacked bar: a label and a value per series. */
    record Stack(String label, long[] values) {
    }

    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 300;
    private static final int ROW = 28;
    private static final int TOP = 40;
    private static final String FONT = "font-family=\"Arial, Helvetica, sans-serif\"";
    /** GOV.UK blue, green, red, and dark grey: distinct in grey-scale too. */
    private static final String[] COLOURS = {"#1d70b8", "#00703c", "#d4351c", "#505a5f", "#f47738"};

    private SvgCharts() {
    }

    /** Horizontal bars, longest bar for the largest value, the value at the end of each. */
    static String bars(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = TOP + bars.size() * ROW + 10;
        StringBuilder svg = start(title, height);
        int plot = WIDTH - LABEL_WIDTH - 70;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * ROW;
            int length = (int) Math.round((double) bar.value() / max * plot);
            svg.append(text(LABEL_WIDTH - 8, y + 17, "end", bar.label()));
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(Math.max(length, 1)).append("\" height=\"").append(ROW - 8).append("\" fill=\"")
                    .append(COLOURS[0]).append("\"/>");
            svg.append(text(LABEL_WIDTH + length + 6, y + 17, "start", number(bar.value())));
        }
        return svg.append("</svg>").toString();
    }

    /** Columns left to right (months or years), the value above each where there is room. */
    static String columns(String title, List<Bar> columns) {
        long max = Math.max(1, columns.stream().mapToLong(Bar::value).max().orElse(1));
        int height = 300;
        int bottom = height - 40;
        int plotHeight = bottom - TOP - 20;
        int left = 50;
        double slot = (double) (WIDTH - left - 10) / Math.max(1, columns.size());
        StringBuilder svg = start(title, height);
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"")
                .append(WIDTH - 10).append("\" y2=\"").append(bottom).append("\" stroke=\"#505a5f\"/>");
        svg.append(text(left - 6, bottom, "end", "0"));
        svg.append(text(left - 6, bottom - plotHeight + 4, "end", number(max)));
        int labelEvery = Math.max(1, (int) Math.ceil(columns.size() / 12.0));
        for (int i = 0; i < columns.size(); i++) {
            Bar column = columns.get(i);
            int barHeight = (int) Math.round((double) column.value() / max * plotHeight);
            double x = left + i * slot + slot * 0.15;
            double width = Math.max(1, slot * 0.7);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    x, bottom - barHeight, width, barHeight, COLOURS[0]));
            if (columns.size() <= 24) {
                svg.append(text((int) (x + width / 2), bottom - barHeight - 4, "middle", number(column.value())));
            }
            if (i % labelEvery == 0) {
                svg.append(text((int) (x + width / 2), bottom + 16, "middle", column.label()));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Bars split into series (such as accepted, not accepted, no answer yet), with a legend naming each. */
    static String stacked(String title, List<String> series, List<Stack> stacks) {
        long max = Math.max(1, stacks.stream().mapToLong(s -> java.util.Arrays.stream(s.values()).sum()).max()
                .orElse(1));
        int legendHeight = 26;
        int height = TOP + legendHeight + stacks.size() * ROW + 10;
        StringBuilder svg = start(title, height);
        int x = LABEL_WIDTH;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(TOP).append("\" width=\"14\" height=\"14\" "
                    + "fill=\"").append(COLOURS[s % COLOURS.length]).append("\"/>");
            svg.append(text(x + 20, TOP + 12, "start", series.get(s)));
            x += 30 + series.get(s).length() * 7;
        }
        int plot = WIDTH - LABEL_WIDTH - 70;
        for (int i = 0; i < stacks.size(); i++) {
            Stack stack = stacks.get(i);
            int y = TOP + legendHeight + i * ROW;
            svg.append(text(LABEL_WIDTH - 8, y + 17, "end", stack.label()));
            int start = LABEL_WIDTH;
            long total = 0;
            for (int s = 0; s < stack.values().length; s++) {
                long value = stack.values()[s];
                total += value;
                int length = (int) Math.round((double) value / max * plot);
                if (length > 0) {
                    svg.append("<rect x=\"").append(start).append("\" y=\"").append(y + 4).append("\" width=\"")
                            .append(length).append("\" height=\"").append(ROW - 8).append("\" fill=\"")
                            .append(COLOURS[s % COLOURS.length]).append("\"><title>")
                            .append(escape(series.get(s) + ": " + number(value))).append("</title></rect>");
                }
                start += length;
            }
            svg.append(text(start + 6, y + 17, "start", number(total)));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder start(String title, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\"><title>").append(escape(title)).append("</title>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
                .append("<text x=\"0\" y=\"20\" ").append(FONT).append(" font-size=\"16\" font-weight=\"bold\" "
                        + "fill=\"#0b0c0c\">").append(escape(title)).append("</text>");
    }

    private static String text(int x, int y, String anchor, String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" " + FONT
                + " font-size=\"13\" fill=\"#0b0c0c\">" + escape(text) + "</text>";
    }

    private static String number(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    /** Text as SVG character data: nothing in a label can become markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

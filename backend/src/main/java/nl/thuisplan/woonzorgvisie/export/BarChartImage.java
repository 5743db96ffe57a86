package nl.thuisplan.woonzorgvisie.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import nl.thuisplan.report.PdfDocuments;
import nl.thuisplan.woonzorgvisie.content.DataBlock;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A data block's bar chart as a PNG, drawn by JFreeChart at {@link #SCALE} times the size it is
 * printed at, so it stays sharp on paper and when zoomed in. Bars run horizontally: the labels are
 * target-group names, too long to stand under a bar. Thread-safe.
 */
final class BarChartImage {

    /** Printed size in points; the template's CHART band has the same. */
    static final int WIDTH = 475;
    static final int HEIGHT = 210;
    /** 3 × 72 dpi = 216 dpi: print quality at a few tens of milliseconds per chart. */
    private static final int SCALE = 3;
    private static final Color BAR = new Color(0x15, 0x42, 0x73);
    private static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    private static final Color GRID = new Color(0xD5, 0xDC, 0xE5);
    /** The chart's letters match the document's: DejaVu Sans from jasperreports-fonts. */
    private static final Font REGULAR = font("DejaVuSans.ttf");
    private static final Font BOLD = font("DejaVuSans-Bold.ttf");

    private BarChartImage() {
    }

    static byte[] png(DataBlock.Chart chart) {
        JFreeChart jfree = chart(chart);
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            jfree.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static JFreeChart chart(DataBlock.Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < Math.min(chart.labels().size(), chart.values().size()); i++) {
            BigDecimal value = chart.values().get(i);
            data.addValue(value == null ? 0 : value, chart.unit(), chart.labels().get(i));
        }
        NumberFormat dutch = NumberFormat.getNumberInstance(PdfDocuments.DUTCH);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(chart.unit()), new BarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart jfree = new JFreeChart(plot);
        theme().apply(jfree);
        jfree.removeLegend();
        jfree.setTitle(new TextTitle(chart.title(), BOLD.deriveFont(10f)));
        jfree.getTitle().setPaint(BAR);
        jfree.setBackgroundPaint(Color.WHITE);
        jfree.setAntiAlias(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(dutch);
        plot.getRangeAxis().setUpperMargin(0.12); // room for the value labels at the bars' ends
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", dutch));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(REGULAR.deriveFont(7.5f));
        bars.setDefaultItemLabelPaint(TEXT);
        // the figure just right of the bar's end, not above it
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(3);
        // target-group names are long: give them up to 40% of the width and two lines before "…"
        CategoryAxis labels = plot.getDomainAxis();
        labels.setMaximumCategoryLabelWidthRatio(0.4f);
        labels.setMaximumCategoryLabelLines(2);
        return jfree;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Thuisplan");
        theme.setExtraLargeFont(BOLD.deriveFont(10f));
        theme.setLargeFont(REGULAR.deriveFont(8.5f));
        theme.setRegularFont(REGULAR.deriveFont(7.5f));
        theme.setSmallFont(REGULAR.deriveFont(7f));
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        return theme;
    }

    /** Light compression: deflate at its highest level costs more time than the bytes are worth. */
    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.7f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("chart could not be encoded", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static Font font(String file) {
        try (InputStream in = BarChartImage.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, file.contains("Bold") ? Font.BOLD : Font.PLAIN, 8);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, file.contains("Bold") ? Font.BOLD : Font.PLAIN, 8);
        }
    }
}

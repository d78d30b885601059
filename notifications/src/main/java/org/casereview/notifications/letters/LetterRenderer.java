package org.casereview.notifications.letters;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a message's HTML into a PDF letter ready to print and post: the same template as the e-mail, so a letter and
 * an e-mail never say different things. The templates are written as well-formed XHTML for this reason.
 */
@Component
public class LetterRenderer {

    /** Page set-up for an A4 letter with room for a window envelope's address panel. */
    private static final String PRINT_CSS = """
            <style>
              @page { size: A4; margin: 25mm 20mm 25mm 25mm; }
              body { font-family: sans-serif; font-size: 11pt; line-height: 1.45; }
            </style>
            """;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public byte[] pdf(String html) {
        String printable = html.contains("</head>") ? html.replace("</head>", PRINT_CSS + "</head>") : html;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(printable, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be rendered", e);
        }
    }

    /**
     * The letter with its head: the unit's address on the right, the applicant's where a window envelope shows it,
     * and the date, above the message itself.
     */
    public byte[] pdf(String html, Letterhead head) {
        int body = html.indexOf("<body");
        int bodyEnd = body < 0 ? -1 : html.indexOf('>', body);
        if (bodyEnd < 0) {
            return pdf(html);
        }
        String block = "<div style=\"margin: 0 0 8mm 0;\">"
                + "<p style=\"text-align: right; margin: 0;\">" + lines(head.from()) + "</p>"
                + "<p style=\"margin: 10mm 0 0 0; min-height: 30mm;\">" + lines(head.to()) + "</p>"
                + "<p style=\"margin: 6mm 0 0 0;\">" + DATE.format(head.date()) + "</p></div>";
        return pdf(html.substring(0, bodyEnd + 1) + block + html.substring(bodyEnd + 1));
    }

    /** Each page of a PDF as a PNG image, for staff to look at a letter in the browser before it is printed. */
    public List<byte[]> pages(byte[] pdf, int dotsPerInch) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<byte[]> pages = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(renderer.renderImageWithDPI(page, dotsPerInch, ImageType.RGB), "png", png);
                pages.add(png.toByteArray());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be drawn", e);
        }
    }

    private static String lines(List<String> lines) {
        return lines.stream().map(LetterRenderer::escaped).collect(Collectors.joining("<br/>"));
    }

    /** Addresses are typed by people: they stay text in the XHTML. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * @param from the sender's address, one line each
     * @param to   the recipient's name and address, one line each
     */
    public record Letterhead(List<String> from, List<String> to, LocalDate date) {
    }
}

package org.casereview.notifications.letters;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

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
}

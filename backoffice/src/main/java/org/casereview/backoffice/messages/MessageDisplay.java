package org.casereview.backoffice.messages;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.casereview.backoffice.ui.Facts;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One message as its recipient gets it: the HTML e-mail (in a sandboxed frame, so nothing in it runs), the plain
 * text, and the printed letter as page images with the PDF to open. The letter is drawn only when its tab is opened.
 */
class MessageDisplay extends Div {

    final IFrame email = new IFrame();
    final Pre text = new Pre();
    final Div letter = new Div();
    final TabSheet tabs = new TabSheet();

    /**
     * @param pdf   the letter, or null when the message is never printed
     * @param pages the letter's pages as PNG images
     */
    MessageDisplay(Facts facts, String html, String plainText, String name, @Nullable Supplier<byte[]> pdf,
                   Function<byte[], List<byte[]>> pages) {
        addClassName("message-display");
        email.setSrcdoc(html);
        email.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        email.getElement().setAttribute("title", "The e-mail as its recipient sees it");
        email.addClassName("message-display__email");
        email.setId("message-email");
        text.setText(plainText);
        text.addClassName("message-display__text");
        text.setId("message-text");
        letter.setId("message-letter");
        letter.addClassName("message-display__letter");
        tabs.add("E-mail", email).setId("tab-email");
        tabs.add("Plain text", text).setId("tab-text");
        if (pdf != null) {
            var letterTab = tabs.add("Letter (PDF)", letter);
            letterTab.setId("tab-letter");
            tabs.addSelectedChangeListener(event -> {
                if (event.getSelectedTab() == letterTab && letter.getChildren().findAny().isEmpty()) {
                    showLetter(pdf.get(), name, pages);
                }
            });
        }
        tabs.setWidthFull();
        add(facts, tabs);
    }

    private void showLetter(byte[] pdf, String name, Function<byte[], List<byte[]>> pages) {
        Anchor open = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(pdf), name + ".pdf", "application/pdf", pdf.length)),
                AttachmentType.INLINE, "Open the letter as a PDF to print");
        open.setId("message-letter-pdf");
        open.setTarget("_blank");
        letter.add(new Paragraph(open));
        List<byte[]> images = pages.apply(pdf);
        for (int page = 0; page < images.size(); page++) {
            Image image = new Image(images.get(page), "Page " + (page + 1) + " of " + images.size()
                    + " of the letter");
            image.addClassName("message-display__page");
            letter.add(image);
        }
    }
}

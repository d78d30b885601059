package org.casereview.notifications.templates;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.Locale;
import java.util.Map;

/**
 * Renders each message from its two templates under {@code templates/mail/}: {@code name.html} for the HTML part and
 * {@code name.txt} for the plain-text alternative. Values are escaped, so text a resident typed stays text.
 */
@Component
public class MessageTemplates {

    private final TemplateEngine html = TemplateEngines.of("templates/mail/", TemplateMode.HTML, ".html");
    private final TemplateEngine text = TemplateEngines.of("templates/mail/", TemplateMode.TEXT, ".txt");

    public RenderedMessage render(String template, Map<String, Object> model) {
        Context context = new Context(Locale.UK, model);
        // Optional parts leave blank lines behind in the plain text: one blank line between paragraphs is enough.
        String plain = text.process(template, context).strip().replaceAll("\n{3,}", "\n\n");
        return new RenderedMessage(html.process(template, context).strip(), plain);
    }
    public record RenderedMessage(String html, String text) {
    }
}

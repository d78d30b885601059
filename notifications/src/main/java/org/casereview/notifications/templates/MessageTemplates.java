package org.casereview.notifications.templates;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Locale;
import java.util.Map;

/**
 * Renders each message from its two templates under {@code templates/mail/}: {@code name.html} for the HTML part and
 * {@code name.txt} for the plain-text alternative. Values are escaped, so text a resident typed stays text.
 */
@Component
public class MessageTemplates {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    public RenderedMessage render(String template, Map<String, Object> model) {
        Context context = new Context(Locale.UK, model);
        // Optional parts leave blank lines behind in the plain text: one blank line between paragraphs is enough.
        String plain = text.process(template, context).strip().replaceAll("\n{3,}", "\n\n");
        return new RenderedMessage(html.process(template, context).strip(), plain);
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        // Spring's flavour evaluates expressions with SpEL, so no OGNL is needed.
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    public record RenderedMessage(String html, String text) {
    }
}

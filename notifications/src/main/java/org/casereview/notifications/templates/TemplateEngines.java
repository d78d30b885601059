package org.casereview.notifications.templates;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The Thymeleaf engines of e-mails, letters, reports and documents: templates from the class path, cached. */
public final class TemplateEngines {

    private TemplateEngines() {
    }

    /** Templates named {@code folder/<name><suffix>} on the class path, e.g. {@code ("templates/mail/", …, ".txt")}. */
    public static TemplateEngine of(String folder, TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(folder);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        // Spring's flavour evaluates expressions with SpEL, so no OGNL is needed.
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}

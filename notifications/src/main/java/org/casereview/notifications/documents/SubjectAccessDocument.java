package org.casereview.notifications.documents;

import org.casereview.DomainConfiguration;
import org.casereview.notifications.templates.TemplateEngines;
import org.casereview.notifications.letters.LetterRenderer;
import org.casereview.subjectaccess.SubjectAccessReport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The subject access export as one PDF: every case, every section and every value held, from the template
 * {@code templates/documents/subject-access.html}, printed as the letters are. Values are escaped: text a resident
 * typed stays text.
 */
@Component
public class SubjectAccessDocument {

    private final TemplateEngine engine = TemplateEngines.of("templates/documents/", TemplateMode.HTML, ".html");
    private final LetterRenderer renderer;

    SubjectAccessDocument(LetterRenderer renderer) {
        this.renderer = renderer;
    }

    public String html(SubjectAccessReport report) {
        return engine.process("subject-access", new Context(Locale.UK, Map.of("report", report, "fmt", new Formats())));
    }

    public byte[] pdf(SubjectAccessReport report) {
        return renderer.pdf(html(report));
    }
    /** Dates and times as the document shows them, for the template. */
    public static final class Formats {

        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK).withZone(DomainConfiguration.UK);

        public String date(@Nullable LocalDate date) {
            return date == null ? "—" : DATE.format(date);
        }

        public String time(Instant instant) {
            return TIME.format(instant);
        }
    }
}

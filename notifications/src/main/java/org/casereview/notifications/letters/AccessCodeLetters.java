package org.casereview.notifications.letters;

import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.notifications.templates.MessageTemplates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * The letter that gives an applicant their access code for the portal. It is made when the officer gives the code
 * and goes straight to them to print; it is never stored, because the code must not be kept anywhere but on paper.
 */
@Component
public class AccessCodeLetters {

    static final String TEMPLATE = "access-code-letter";

    private final ApplicationRepository applications;
    private final MessageTemplates templates;
    private final LetterRenderer letters;
    private final String portalUrl;

    AccessCodeLetters(ApplicationRepository applications, MessageTemplates templates, LetterRenderer letters,
                      @Value("${casereview.portal.url:http://localhost:8080}") String portalUrl) {
        this.applications = applications;
        this.templates = templates;
        this.letters = letters;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    /** The letter as a PDF, addressed to the applicant, with the code and where to use it. */
    @Transactional(readOnly = true)
    public byte[] pdf(long applicationId, String accessCode) {
        Application application = applications.findById(applicationId).orElseThrow();
        MessageTemplates.RenderedMessage letter = templates.render(TEMPLATE, Map.of(
                "application", application,
                "partnership", application.getPartnership(),
                "accessCode", accessCode,
                "link", portalUrl + "/check/access-code"));
        return letters.pdf(letter.html());
    }
}

package org.casereview.portal.apply;

import com.vaadin.flow.component.UI;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.ConsentMethod;
import org.casereview.application.Relationship;
import org.casereview.portal.KaribuTest;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.portal.apply.WizardDriver.*;

/**
 * All words come from the bundle: no page shows a missing key (Vaadin writes those as "!en: key"), and the bundle's
 * apostrophes are written for MessageFormat.
 */
class MessagesTest extends KaribuTest {

    private final List<String> pages = new ArrayList<>();

    private void look() {
        pages.add(heading() + "\n" + pageText());
    }

    @Test
    void no_page_of_any_branch_shows_a_missing_message() {
        UI.getCurrent().navigate(StartView.class);
        pages.add(com.github.mvysny.kaributesting.v10.LocatorJ._get(StartView.class).getElement().getTextRecursively());
        UI.getCurrent().navigate(ApplyView.class);
        look();
        clickContinue();
        look();
        chooseCouncilArea("Bassetlaw");
        choose("applicantType", ApplicantType.ON_BEHALF_OF_GROUP);
        look();
        choose("applicantType", ApplicantType.BUSINESS_OR_GROUP);
        look();
        choose("applicantType", ApplicantType.ON_BEHALF_OF_VICTIM);
        choose("relationship", Relationship.OTHER);
        choose("consentMethod", ConsentMethod.OTHER);
        clickContinue();
        look();
        type("relationshipOther", "Neighbour's son");
        type("consentDetails", "Sign language");
        tick("victimConsented", true);
        clickContinue();
        look();
        type("victimName", "Vic");
        type("victimEmail", "vic@example.org");
        clickContinue();
        look();
        giveDetails("Sam", "sam@example.org");
        look();
        click("add-incident");
        look();
        addIncident(TODAY.minusDays(3), TODAY.minusDays(3), Agency.OTHER, "x");
        type("reportedToOther", "Greenfields Housing");
        click("add-incident");
        addIncident(TODAY.minusDays(2), TODAY.minusDays(2), Agency.POLICE, "y");
        look();
        clickContinue();
        clickContinue();
        look();
        answerTheProblem();
        clickContinue();
        look();
        answerImpact();
        clickContinue();
        look();
        click("consent-refused");
        look();
        click("change-mind");
        agreeAndDeclare();
        look();
        click("save-draft");
        click("save-draft-confirm");
        look();
        _view().timeoutWarning().warn();
        pages.add(com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.dialog.Dialog.class)
                .getElement().getTextRecursively());
        _view().timeoutWarning().end();
        look();

        assertThat(pages).hasSizeGreaterThan(15).allSatisfy(text -> assertThat(text).hasSizeGreaterThan(20));
        assertThat(pages).allSatisfy(text -> assertThat(text).doesNotContain("!en:", "!{", "!:"));
    }

    private static ApplyView _view() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(ApplyView.class);
    }

    @Test
    void apostrophes_are_written_for_the_way_each_message_is_formatted() throws Exception {
        Properties messages = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        messages.forEach((key, value) -> {
            String pattern = (String) value;
            if (pattern.contains("{0")) {
                String formatted = new MessageFormat(pattern, Locale.UK).format(new Object[] {2, 3, 4});
                assertThat(formatted.chars().filter(c -> c == '\'').count()).as((String) key)
                        .isEqualTo(pattern.replace("''", "'").chars().filter(c -> c == '\'').count());
            } else {
                assertThat(pattern).as((String) key).doesNotContain("''");
            }
        });
    }

    @Test
    void the_portal_speaks_british_english_unless_the_browser_asks_for_a_language_it_has() {
        assertThat(org.casereview.portal.ui.PortalLocalesAccess.localeFor(null)).isEqualTo(Locale.UK);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isIn("en", "");
    }
}

package org.casereview.portal.apply;

import com.vaadin.flow.component.UI;
import org.casereview.application.AccessibleFormat;
import org.casereview.application.Agency;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.BehaviourType;
import org.casereview.application.ConsentMethod;
import org.casereview.application.ContactMethod;
import org.casereview.application.ImpactArea;
import org.casereview.application.Relationship;
import org.casereview.application.ReportMethod;
import org.casereview.portal.KaribuTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
        Properties messages = load("/vaadin-i18n/translations.properties");
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
    void every_sentence_the_threshold_check_can_give_has_the_portals_words() throws Exception {
        Properties portal = load("/vaadin-i18n/translations.properties");
        Properties domain = load("/org/casereview/threshold/ThresholdWording.properties");

        assertThat(domain.stringPropertyNames()).isNotEmpty().allSatisfy(key -> assertThat(portal).containsKey(key));
    }

    @Test
    void every_message_key_written_in_the_portals_code_is_in_a_bundle() throws Exception {
        Properties portal = load("/vaadin-i18n/translations.properties");
        Properties validation = load("/org/casereview/application/ValidationMessages.properties");
        // A dotted lower-case literal is a message key, bar these; keys built from parts ("impact.heading" + who) are
        // checked page by page above.
        Pattern key = Pattern.compile("\"([a-z][A-Za-z-]*(?:\\.[A-Za-z_-]+)+)\"(?!\\s*\\+)");
        Set<String> notKeys = Set.of("org.casereview", "styles.css");
        List<String> keys = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = key.matcher(Files.readString(source));
                while (found.find()) {
                    keys.add(found.group(1));
                }
            }
        }

        assertThat(keys).hasSizeGreaterThan(200);
        assertThat(keys).filteredOn(k -> !notKeys.contains(k))
                .allSatisfy(k -> assertThat(portal.containsKey(k) || validation.containsKey(k)).as(k).isTrue());
    }

    @Test
    void every_answer_in_a_list_has_its_words() throws Exception {
        Properties portal = load("/vaadin-i18n/translations.properties");
        List<Class<? extends Enum<?>>> answers = List.of(Agency.class, Answer.class, ApplicantType.class,
                BehaviourType.class, ConsentMethod.class, ContactMethod.class, ImpactArea.class,
                AccessibleFormat.class, Relationship.class, ReportMethod.class);
        for (Class<? extends Enum<?>> answer : answers) {
            for (Enum<?> value : answer.getEnumConstants()) {
                assertThat(portal).containsKey("enum." + answer.getSimpleName() + "." + value.name());
            }
        }
        for (ApplicantType type : ApplicantType.values()) {
            assertThat(portal).containsKey("who.summary." + type.name());
        }
    }

    private static Properties load(String resource) throws java.io.IOException {
        Properties messages = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void the_portal_speaks_british_english_unless_the_browser_asks_for_a_language_it_has() {
        assertThat(org.casereview.portal.ui.PortalLocalesAccess.localeFor(null)).isEqualTo(Locale.UK);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isIn("en", "");
    }
}

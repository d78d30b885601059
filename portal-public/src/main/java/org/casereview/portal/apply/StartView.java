package org.casereview.portal.apply;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "Before you start": what the Community Trigger / ASB Case Review is, and what it is not. */
@Route("")
@PageTitle("Apply for a Community Trigger (ASB Case Review)")
@AnonymousAllowed
public class StartView extends Main {

    StartView() {
        addClassName("page");
        H1 title = new H1("Apply for a Community Trigger (ASB Case Review)");
        title.setId("page-heading");
        RouterLink start = new RouterLink("Start now", ApplyView.class);
        start.setId("start");
        start.addClassName("start-button");
        add(title,
                new Paragraph("If you have reported anti-social behaviour and feel the problem has not been dealt "
                        + "with, you can ask the agencies in your area to review how they responded. This is called "
                        + "the Community Trigger, or the ASB Case Review."),
                new Paragraph("You can apply for yourself, or for someone else with their permission."),
                new H2("Before you start"),
                list("It is not for emergencies. If you are in danger now, call 999.",
                        "It is not for reporting a new incident. Report anti-social behaviour to the police on 101 "
                                + "or to your council.",
                        "It is not a complaint about one organisation. Use that organisation's complaints procedure.",
                        "If you are being targeted because of your race, religion, disability, sexuality or gender "
                                + "identity, you can also report it as a hate crime."),
                new H2("What you will need"),
                list("the dates of the incidents and when you reported them",
                        "who you reported them to, and any reference numbers they gave you",
                        "a way for us to contact you: an email address, phone number or postal address"),
                new Paragraph("It takes about 15 minutes."),
                start);
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}

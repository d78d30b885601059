package org.casereview.portal.apply;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.drafts.DraftService;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipService;
import org.springframework.beans.factory.annotation.Value;

import java.time.Duration;

/**
 * "Before you start": what the Community Trigger / ASB Case Review is and is not, what you will need and how long it
 * takes; how to report anti-social behaviour in each area, and the hate crime lines.
 */
@Route("")
@AnonymousAllowed
public class StartView extends Main implements HasDynamicTitle {

    StartView(PartnershipService partnerships,
              @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
        addClassName("page");
        H1 title = new H1(t("start.heading"));
        title.setId("page-heading");
        title.getElement().setAttribute("tabindex", "-1");
        RouterLink start = new RouterLink(t("start.button"), ApplyView.class);
        start.setId("start");
        start.addClassName("start-button");
        start.getElement().setAttribute("role", "button");

        Div areas = new Div();
        for (Partnership partnership : partnerships.councilAreas()) {
            areas.add(new H3(t("council-area.item", partnership.getName(), partnership.getCounty())),
                    new Paragraph(partnership.getAsbReporting()), new Paragraph(partnership.getHateCrimeLine()));
        }
        Details reporting = new Details(t("start.reporting.summary"), areas);
        reporting.setId("reporting-routes");

        add(title,
                new Paragraph(t("start.intro")),
                new Paragraph(t("start.who")),
                new H2(t("start.not-for.heading")),
                list("start.not-for.emergency", "start.not-for.new-incident", "start.not-for.one-agency",
                        "start.not-for.hate-crime"),
                reporting,
                new H2(t("start.need.heading")),
                list("start.need.dates", "start.need.who", "start.need.contact", "start.need.others"),
                new H2(t("start.time.heading")),
                new Paragraph(t("start.time.text")),
                new Paragraph(t("start.save.text", DraftService.KEPT_FOR.toDays())),
                new Paragraph(t("start.timeout.text", sessionTimeout.toMinutes())),
                start);
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    private UnorderedList list(String... keys) {
        UnorderedList list = new UnorderedList();
        for (String key : keys) {
            list.add(new ListItem(t(key)));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return t("start.title");
    }
}

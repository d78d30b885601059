package org.casereview.portal.figures;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.portal.KaribuTest;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.casereview.statistics.Figures;
import org.casereview.statistics.FiguresProse;
import org.casereview.statistics.PublishedFigures;
import org.casereview.statistics.ReportingArea;
import org.casereview.statistics.StatisticsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The published figures: every council area, each one's years, and the same numbers the back office counts. */
class PublishedFiguresViewTest extends KaribuTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    PublishedFigures published;
    @Autowired
    StatisticsService statistics;
    @Autowired
    StaffAccountRepository staffAccounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void apply(String partnership, Channel channel) {
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        applications.submit(new NewApplication(partnership, channel, ApplicantType.VICTIM,
                new NewApplication.Applicant("Pat Public", "4 High Street", "SP10 1AA", "01632 960 111", null),
                ContactMethod.PHONE, true, List.of(new NewApplication.NewIncident(today.minusDays(9),
                today.minusDays(8), Agency.COUNCIL, null, null, "Rubbish dumped by the garages")), null),
                "Test intake");
    }

    /** The back office's view of the same figures: a county-wide manager's. */
    private Figures backOffice(ReportingArea area, Figures year) {
        if (staffAccounts.findByUsername("figures-manager").isEmpty()) {
            staffAccounts.save(new StaffAccount("figures-manager", "Figures Manager", "{noop}unused",
                    EnumSet.of(StaffRole.MANAGER), null, false));
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "figures-manager", null, List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
        return statistics.figures(List.of(area.id()), year.period());
    }

    @Test
    void the_figures_page_lists_every_council_area_by_county_and_the_footer_links_to_it() {
        UI.getCurrent().navigate("");
        assertThat(_get(Anchor.class, spec -> spec.withId("footer-figures")).getHref()).isEqualTo("/figures");

        UI.getCurrent().navigate("figures");
        assertThat(_get(H1.class).getText()).isEqualTo("Community Trigger figures");
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText).toList())
                .contains("Tonbridge and Malling", "Sevenoaks", "Folkestone and Hythe", "Bassetlaw",
                        "Newark and Sherwood", "Test Valley");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Community Trigger figures – Community Trigger (ASB Case Review)");
    }

    @Test
    void an_areas_years_show_the_numbers_the_back_office_counts_in_a_table_and_in_words() {
        apply("test-valley", Channel.ONLINE);
        apply("test-valley", Channel.PHONE);
        ReportingArea area = published.area("test-valley").orElseThrow();
        UI.getCurrent().navigate("figures/test-valley");

        assertThat(_get(H1.class).getText()).isEqualTo("Community Trigger figures for Test Valley");
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("figures-table"));
        assertThat(table.getCaptionText()).isEqualTo("Community Trigger figures for Test Valley, by year");
        assertThat(table.getHead().getRows().getFirst().getHeaderCells()).extracting(cell -> cell.getText())
                .containsExactly("Year", "Applications received", "Threshold not met", "Case reviews carried out",
                        "Reviews that resulted in recommendations");
        assertThat(table.getHead().getRows().getFirst().getHeaderCells())
                .allSatisfy(cell -> assertThat(cell.getElement().getAttribute("scope")).isEqualTo("col"));

        List<Figures> years = published.years(area);
        List<NativeTableRow> rows = table.getBody().getRows();
        assertThat(rows).hasSize(years.size());
        for (int i = 0; i < years.size(); i++) {
            Figures office = backOffice(area, years.get(i));
            NativeTableRow row = rows.get(i);
            assertThat(row.getHeaderCells().getFirst().getElement().getAttribute("scope")).isEqualTo("row");
            assertThat(row.getDataCells()).extracting(cell -> Long.parseLong(cell.getText().replace(",", "")))
                    .containsExactly(office.received(), office.thresholdNotMet(), office.reviewsCarriedOut(),
                            office.reviewsWithRecommendations());
        }
        assertThat(rows.getFirst().getHeaderCells().getFirst().getText()).endsWith(", so far")
                .startsWith(years.getFirst().period().shortLabel() + " (" + years.getFirst().period().label());
        assertThat(Long.parseLong(rows.getFirst().getDataCells().getFirst().getText())).isGreaterThanOrEqualTo(2);

        Div words = _get(Div.class, spec -> spec.withId("figures-in-words"));
        assertThat(_find(words, Paragraph.class)).extracting(Paragraph::getText)
                .containsExactlyElementsOf(years.stream().map(FiguresProse::summary).toList());
    }

    @Test
    void folkestone_and_hythe_publishes_by_calendar_year() {
        UI.getCurrent().navigate("figures/folkestone-hythe");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Years run from January to December.");
        NativeTableRow first = _get(NativeTable.class, spec -> spec.withId("figures-table")).getBody().getRows()
                .getFirst();
        assertThat(first.getHeaderCells().getFirst().getText())
                .isEqualTo(LocalDate.now(DomainConfiguration.UK).getYear() + ", so far");
    }

    @Test
    void an_unknown_area_says_so_and_offers_the_list() {
        UI.getCurrent().navigate("figures/nowhere");
        assertThat(_get(H1.class).getText()).isEqualTo("Council area not found");
        assertThat(_find(RouterLink.class)).hasSizeGreaterThanOrEqualTo(6);
    }
}

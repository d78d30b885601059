package org.casereview.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame of every public page: a skip link, a header naming the service (with a link to "Check your case"), the
 * page itself (each view is the page's {@code main} landmark) and a footer with emergency numbers and a link to the
 * published figures.
 */
@Layout
@AnonymousAllowed
public class PortalLayout extends Div implements RouterLayout {

    private final Div content = new Div();

    public PortalLayout() {
        addClassName("portal");
        Anchor skip = new Anchor("#main-content", getTranslation("layout.skip"));
        skip.addClassName("skip-link");
        Anchor service = new Anchor("/", getTranslation("layout.service"));
        service.addClassName("header__service");
        Span product = new Span(getTranslation("layout.product"));
        product.addClassName("header__product");
        // A plain link, not a view class: the frame does not depend on the pages it frames.
        Anchor check = new Anchor("/check", getTranslation("layout.check"));
        check.setId("header-check");
        check.addClassName("header__link");
        Div inner = new Div(product, service, check);
        inner.addClassName("header__inner");
        Header header = new Header(inner);
        header.addClassName("header");
        content.addClassName("portal__content");
        Anchor figures = new Anchor("/figures", getTranslation("layout.figures"));
        figures.setId("footer-figures");
        Footer footer = new Footer(new Paragraph(getTranslation("layout.footer")), new Paragraph(figures));
        footer.addClassName("footer");
        add(skip, header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view instanceof Component component) {
            component.setId(component.getId().orElse("main-content"));
            content.add(component);
        }
    }
}

package org.casereview.portal;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Browserless tests of the portal's views, with the real Spring services and the embedded MariaDB behind them. */
@SpringBootTest
public abstract class KaribuTest {

    // Karibu discovers public route classes only (ClassGraph's default), so the views are public.
    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.casereview.portal");

    @Autowired
    ApplicationContext context;

    @BeforeEach
    protected void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    protected void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}

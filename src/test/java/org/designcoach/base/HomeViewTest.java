package org.designcoach.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;

    @BeforeEach
    void theInstanceIsSetUp() {
        accounts.createFirstAdmin("ada", "tulip lantern forty two", "tulip lantern forty two");
    }

    @Test
    @WithMockUser(username = "grace", roles = "LEARNER")
    void aLearnerIsGreetedAndSeesNoAdminEntry() {
        navigate(HomeView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("Welcome, grace");
        assertThat(navigationLabels()).contains("Home").doesNotContain("Admin");
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void anAdminSeesTheAdminEntry() {
        navigate(HomeView.class);

        assertThat(navigationLabels()).contains("Home", "Admin");
    }

    private List<String> navigationLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}

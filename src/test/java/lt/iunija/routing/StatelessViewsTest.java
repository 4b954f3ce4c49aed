package lt.iunija.routing;

import static lt.iunija.routing.StatelessViews.isStateless;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatelessViewsTest {

    @Test
    void thePublicPagesAreStateless() {
        assertTrue(isStateless(RouteResolver.PICKER_VIEW));
        assertTrue(isStateless(UnionPage.LOGIN.viewId()));
        assertTrue(isStateless(UnionPage.MEMO.viewId()));
        assertTrue(isStateless(UnionPage.REPORT.viewId()));
        assertTrue(isStateless("/WEB-INF/errorpages/404.xhtml"));
    }

    @Test
    void pagesBehindALoginKeepTheirState() {
        assertFalse(isStateless(UnionPage.HOME.viewId()));
        assertFalse(isStateless(UnionPage.ACTIVATE.viewId()));
        assertFalse(isStateless(UnionPage.ADMIN_LOGIN.viewId()));
        assertFalse(isStateless(UnionPage.ADMIN_QUEUE.viewId()));
        assertFalse(isStateless("/simulator/phone.xhtml"));
        assertFalse(isStateless(null));
    }
}

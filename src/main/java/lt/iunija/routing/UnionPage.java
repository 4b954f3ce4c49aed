package lt.iunija.routing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pages a union serves under its prefix, each with its public address ({@code /<union>/<slug>}), the
 * Facelets view behind it and whether that view is stateless. The single table both for routing requests in and
 * for writing links out.
 */
public enum UnionPage {
    LOGIN("", "/union/login.xhtml", State.NONE),
    ACTIVATE("activate", "/union/activate.xhtml", State.IN_SESSION),
    HOME("home", "/union/home.xhtml", State.IN_SESSION),
    MEMO("smart-id", "/union/smart-id.xhtml", State.NONE),
    REPORT("report", "/union/report.xhtml", State.NONE),
    ADMIN_QUEUE("admin/", "/union/admin/queue.xhtml", State.IN_SESSION),
    ADMIN_LOGIN("admin/login", "/union/admin/login.xhtml", State.IN_SESSION),
    ADMIN_INCIDENT("admin/incident", "/union/admin/incident.xhtml", State.IN_SESSION),
    ADMIN_MEMBERS("admin/members", "/union/admin/members.xhtml", State.IN_SESSION),
    ADMIN_MEMBER("admin/member", "/union/admin/member.xhtml", State.IN_SESSION);

    /** What the server keeps of a page between its requests. */
    public enum State {
        /**
         * Nothing: a stateless view, which anyone may read without the server creating a session. What its form
         * needs arrives with each post (see {@link StatelessViews}).
         */
        NONE,
        /** The view's state and its beans, in the visitor's HTTP session (pages behind a login). */
        IN_SESSION
    }

    private final String slug;
    private final String viewId;
    private final State state;

    UnionPage(String slug, String viewId, State state) {
        this.slug = slug;
        this.viewId = viewId;
        this.state = state;
    }

    public State state() {
        return state;
    }

    public String slug() {
        return slug;
    }

    public String viewId() {
        return viewId;
    }

    /** The path below the context root, e.g. {@code /nemunas/smart-id}. */
    public String path(String unionId) {
        return "/" + unionId + "/" + slug;
    }

    public static Optional<UnionPage> bySlug(String slug) {
        return Arrays.stream(values()).filter(page -> page.slug.equals(slug)).findFirst();
    }

    public static Optional<UnionPage> byViewId(String viewId) {
        return Arrays.stream(values())
                .filter(page -> page.viewId.equals(viewId))
                .findFirst();
    }
}

package lt.iunija.routing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pages a union serves under its prefix, each with its public address ({@code /<union>/<slug>}) and the
 * Facelets view behind it. The single table both for routing requests in and for writing links out.
 */
public enum UnionPage {
    LOGIN("", "/union/login.xhtml"),
    ACTIVATE("activate", "/union/activate.xhtml"),
    HOME("home", "/union/home.xhtml"),
    MEMO("smart-id", "/union/smart-id.xhtml"),
    REPORT("report", "/union/report.xhtml"),
    ADMIN_QUEUE("admin/", "/union/admin/queue.xhtml"),
    ADMIN_LOGIN("admin/login", "/union/admin/login.xhtml"),
    ADMIN_INCIDENT("admin/incident", "/union/admin/incident.xhtml"),
    ADMIN_MEMBERS("admin/members", "/union/admin/members.xhtml"),
    ADMIN_MEMBER("admin/member", "/union/admin/member.xhtml");

    private final String slug;
    private final String viewId;

    UnionPage(String slug, String viewId) {
        this.slug = slug;
        this.viewId = viewId;
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
        return Arrays.stream(values()).filter(page -> page.viewId.equals(viewId)).findFirst();
    }
}

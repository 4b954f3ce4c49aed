package lt.iunija.routing;

/**
 * Rewrites the URLs that Faces writes (form actions, ajax, resources, redirects) into public addresses. On a
 * union's page they keep the union's prefix: {@code /ctx/union/login.xhtml} becomes {@code /ctx/nemunas/} and
 * {@code /ctx/jakarta.faces.resource/x.js} becomes {@code /ctx/nemunas/jakarta.faces.resource/x.js}. Views
 * outside unions (the picker, the simulator's phone) get their own addresses.
 */
public final class UnionLinks {

    private final String contextPath;
    private final String unionId;

    /** @param unionId the union of the page, or null outside unions */
    public UnionLinks(String contextPath, String unionId) {
        this.contextPath = contextPath;
        this.unionId = unionId;
    }

    public String rewrite(String url) {
        if (url == null || !url.startsWith(contextPath + "/")) {
            return url;
        }
        int queryStart = indexOfQueryOrFragment(url);
        String path = url.substring(contextPath.length(), queryStart);
        String tail = url.substring(queryStart);
        if (path.equals(RouteResolver.PICKER_VIEW)) {
            return contextPath + "/" + tail;
        }
        if (path.equals(RouteResolver.PHONE_VIEW)) {
            return contextPath + RouteResolver.PHONE_PATH + tail;
        }
        if (unionId == null) {
            return url;
        }
        if (path.startsWith(RouteResolver.RESOURCE_PREFIX)) {
            return contextPath + "/" + unionId + path + tail;
        }
        return UnionPage.byViewId(path)
                .map(page -> contextPath + page.path(unionId) + tail)
                .orElse(url);
    }

    private static int indexOfQueryOrFragment(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        if (query < 0) {
            return fragment < 0 ? url.length() : fragment;
        }
        return fragment < 0 ? query : Math.min(query, fragment);
    }
}

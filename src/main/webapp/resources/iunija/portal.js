/*
 * The portal's only script of its own (PrimeFaces does the rest). Loaded in every page's head.
 *
 * 1. After every Ajax step, focus moves to the new content (a keyboard or screen reader user would otherwise be
 *    left on the page's body), and the one polite live region (#announcer in the page template) says the new
 *    step's sentence once.
 * 2. The Smart-ID wait: while a code panel with data-push is on the page (WEB-INF/includes/smart-id-wait.xhtml),
 *    the page holds a WebSocket on that path (login/SmartIdWaitEndpoint). When the end of the wait is pushed, it
 *    runs the page's check command (the p:remoteCommand named smartIdWaitCheck), whose answer shows the outcome.
 *    It also checks when the socket opens, after a dropped socket reconnects, at the wait's deadline, and every
 *    2 seconds without WebSockets. A handshake not answered within 5 seconds counts as a dropped socket.
 *    While nothing happens the page sends nothing: the countdown is CSS.
 */
(function () {
    "use strict";

    var lastAnnounced = "";

    function visible(element) {
        return element.offsetParent !== null;
    }

    /* Where focus goes after an Ajax step: an error or notice first, then the step's own content. */
    function focusTarget() {
        var messages = document.querySelectorAll(".ui-messages");
        for (var i = 0; i < messages.length; i++) {
            if (messages[i].textContent.trim() !== "" && visible(messages[i])) {
                return messages[i];
            }
        }
        var marked = document.querySelectorAll("[data-ajax-focus]");
        for (var j = 0; j < marked.length; j++) {
            if (visible(marked[j])) {
                return marked[j];
            }
        }
        return null;
    }

    function afterAjax() {
        var active = document.activeElement;
        if (!active || active === document.body || !document.body.contains(active)) {
            var target = focusTarget();
            if (target) {
                if (!target.hasAttribute("tabindex")) {
                    target.setAttribute("tabindex", "-1");
                }
                target.focus();
            }
        }
        announce();
    }

    /* The sentences of the current step, said once: the same text twice in a row is not repeated. */
    function announce() {
        var region = document.getElementById("announcer");
        if (!region) {
            return;
        }
        var parts = [];
        document.querySelectorAll(".ui-messages, [data-announce]").forEach(function (element) {
            var text = element.textContent.replace(/\s+/g, " ").trim();
            if (text !== "" && visible(element)) {
                parts.push(text);
            }
        });
        var text = parts.join(" ");
        if (text !== lastAnnounced) {
            lastAnnounced = text;
            region.textContent = text;
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", function () {
                // PrimeFaces has replaced the updated elements by now; let its own focus handling go first.
                setTimeout(afterAjax, 0);
            });
        }
    });
})();

(function () {
    "use strict";

    var socket = null;       // the open socket, for the wait in socketFor
    var socketFor = null;    // the data-push path the socket was opened for
    var reconnects = 0;
    var polling = null;
    var deadline = null;
    var deadlineFor = null;

    function panel() {
        return document.querySelector(".smart-id-wait .code-panel[data-push]");
    }

    function check() {
        if (panel() !== null && typeof window.smartIdWaitCheck === "function") {
            window.smartIdWaitCheck();
        }
    }

    /* No socket (no WebSockets here, or it kept failing): ask every 2 seconds while the page waits. */
    function poll() {
        if (polling === null) {
            polling = setInterval(function () {
                if (panel() === null) {
                    clearInterval(polling);
                    polling = null;
                } else {
                    check();
                }
            }, 2000);
        }
    }

    function close() {
        if (socket !== null) {
            var old = socket;
            socket = null;
            old.close();
        }
        socketFor = null;
    }

    function open(path) {
        if (typeof window.WebSocket !== "function") {
            poll();
            return;
        }
        socketFor = path;
        var current = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + path);
        socket = current;
        // A handshake the server does not answer within 5 seconds counts as a dropped connection (closing it
        // runs onclose below): the page must not sit out the whole wait on a socket that never opened.
        var handshake = setTimeout(function () {
            if (current.readyState === WebSocket.CONNECTING) {
                current.close();
            }
        }, 5000);
        current.onopen = function () {
            clearTimeout(handshake);
            reconnects = 0;
            check(); // the wait may have ended before the socket was open
        };
        current.onmessage = check;
        current.onclose = function () {
            clearTimeout(handshake);
            if (socket !== current) {
                return; // closed on purpose
            }
            socket = null;
            if (panel() === null || panel().getAttribute("data-push") !== path) {
                socketFor = null;
                return;
            }
            // A dropped connection: open it again (a push meanwhile is caught by the check on open); after a
            // few failures in a row, ask every 2 seconds instead.
            if (++reconnects <= 5) {
                setTimeout(function () {
                    if (panel() !== null && panel().getAttribute("data-push") === path && socket === null) {
                        open(path);
                    }
                }, 1000 * reconnects);
            } else {
                socketFor = null;
                poll();
            }
        };
    }

    /* After the page loads and after every Ajax step: a socket while the page waits, none once it does not. */
    function follow() {
        var waiting = panel();
        if (waiting === null) {
            close();
            clearTimeout(deadline);
            deadlineFor = null;
            return;
        }
        var path = waiting.getAttribute("data-push");
        if (socketFor !== path) {
            close();
            reconnects = 0;
            open(path);
        }
        if (deadlineFor !== path) {
            // At the deadline the page asks anyway: a wait whose node died ends there as an unanswered prompt.
            clearTimeout(deadline);
            deadlineFor = path;
            deadline = setTimeout(check, 1000 * parseInt(waiting.getAttribute("data-deadline"), 10));
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        follow();
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", function () {
                setTimeout(follow, 0);
            });
        }
    });
})();

/*
 * 3. Corrections to PrimeFaces' own Lithuanian and Latvian texts (its date picker and paginator): typos
 *    ("monuo"), calques ("Sekantis") and the informal "you" where a bank addresses its customers formally.
 *    PrimeFaces loads its locale before this script.
 */
(function () {
    "use strict";

    var corrections = {
        lt: {
            nextMonth: "Kitas mėnuo",
            prevMonth: "Ankstesnis mėnuo",
            prevYear: "Ankstesni metai",
            prevDecade: "Ankstesnis dešimtmetis",
            prevHour: "Ankstesnė valanda",
            prevMinute: "Ankstesnė minutė",
            prevSecond: "Ankstesnė sekundė",
            dayNamesMin: ["S", "Pr", "A", "T", "K", "Pn", "Š"],
            dayNamesShort: ["Sk", "Pr", "An", "Tr", "Kt", "Pn", "Št"],
            weekHeader: "Sav.",
            dateFormat: "yy-mm-dd",
            aria: { next: "Kitas", nextPageLabel: "Kitas puslapis" }
        },
        lv: {
            today: "Šodien",
            chooseDate: "Izvēlieties datumu",
            chooseMonth: "Izvēlieties mēnesi",
            chooseYear: "Izvēlieties gadu"
        }
    };

    if (!window.PrimeFaces || !PrimeFaces.locales) {
        return;
    }
    Object.keys(corrections).forEach(function (code) {
        var locale = PrimeFaces.locales[code];
        if (!locale) {
            return;
        }
        var fixes = corrections[code];
        Object.keys(fixes).forEach(function (key) {
            if (key === "aria") {
                locale.aria = Object.assign(locale.aria || {}, fixes.aria);
            } else {
                locale[key] = fixes[key];
            }
        });
    });
})();

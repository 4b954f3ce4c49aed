/*
 * The portal's only script of its own (PrimeFaces does the rest). Loaded in every page's head.
 *
 * 1. After every Ajax step, focus moves to the new content (a keyboard or screen reader user would otherwise be
 *    left on the page's body), and the one polite live region (#announcer in the page template) says the new
 *    step's sentence once.
 * 2. The Smart-ID wait: the code page learns that a wait has ended by a push on its WebSocket (f:websocket in
 *    WEB-INF/includes/smart-id-wait.xhtml); the socket's callbacks below run the page's check command (the
 *    p:remoteCommand named smartIdWaitCheck), whose answer shows the outcome. While nothing happens the page
 *    sends nothing: the countdown is CSS.
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

var iunijaSmartIdWait = (function () {
    "use strict";

    var retry = null;
    var polling = null;

    function waiting() {
        return document.querySelector(".smart-id-wait .code-panel") !== null
            && typeof window.smartIdWaitCheck === "function";
    }

    function check() {
        if (waiting()) {
            window.smartIdWaitCheck();
        } else if (polling !== null) {
            clearInterval(polling);
            polling = null;
        }
    }

    return {
        /* The wait may have ended before the socket opened: ask once. */
        opened: check,
        ended: check,
        /* The socket dropped and reconnects by itself; a push meanwhile is lost, so ask once it is likely back. */
        interrupted: function () {
            clearTimeout(retry);
            retry = setTimeout(check, 3000);
        },
        /* No socket (a proxy refuses WebSockets, or another node now serves the page): ask every 2 seconds. */
        closed: function () {
            if (polling === null && waiting()) {
                polling = setInterval(check, 2000);
            }
        }
    };
})();

function iunijaSmartIdWaitOpened() { iunijaSmartIdWait.opened(); }
function iunijaSmartIdWaitEnded() { iunijaSmartIdWait.ended(); }
function iunijaSmartIdWaitInterrupted() { iunijaSmartIdWait.interrupted(); }
function iunijaSmartIdWaitClosed() { iunijaSmartIdWait.closed(); }

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

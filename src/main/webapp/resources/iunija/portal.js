/*
 * The portal's only script of its own (PrimeFaces does the rest). Loaded in every page's head.
 *
 * 1. After every Ajax step, focus moves to the new content (a keyboard or screen reader user would otherwise be
 *    left on the page's body), and the one polite live region (#announcer in the page template) says the new
 *    step's sentence once.
 * 2. The Smart-ID wait: while a code panel with data-wait is on the page (WEB-INF/includes/smart-id-wait.xhtml),
 *    the page asks that address every 2 seconds whether the wait has ended (login/SmartIdWaitServlet: a tiny GET
 *    answered from memory, 204 while it goes on). Once it is told "ended" it runs the page's check command (the
 *    p:remoteCommand named smartIdWaitCheck) once, whose answer shows the outcome. It also checks at the wait's
 *    deadline, and without fetch() it runs the check itself every 2 seconds. A question that fails (network
 *    gone, node restarting) is simply asked again 2 seconds later. The countdown is CSS.
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

    var EVERY = 2000;        // milliseconds between two questions
    var askingFor = null;    // the data-wait address the page asks about
    var next = null;         // the timer of the next question
    var polling = null;
    var deadline = null;
    var deadlineFor = null;

    function panel() {
        return document.querySelector(".smart-id-wait .code-panel[data-wait]");
    }

    function stillWaitingFor(path) {
        return askingFor === path && panel() !== null && panel().getAttribute("data-wait") === path;
    }

    function check() {
        if (panel() !== null && typeof window.smartIdWaitCheck === "function") {
            window.smartIdWaitCheck();
        }
    }

    /* No fetch() here: run the page's check every 2 seconds while the page waits. */
    function poll() {
        if (polling === null) {
            polling = setInterval(function () {
                if (panel() === null) {
                    clearInterval(polling);
                    polling = null;
                } else {
                    check();
                }
            }, EVERY);
        }
    }

    function askLater(path) {
        clearTimeout(next);
        next = setTimeout(function () {
            if (stillWaitingFor(path)) {
                ask(path);
            }
        }, EVERY);
    }

    /* One question: "ended" runs the check (which replaces the panel); anything else asks again later. */
    function ask(path) {
        fetch(path, { cache: "no-store", credentials: "same-origin" }).then(function (response) {
            if (!stillWaitingFor(path)) {
                return;
            }
            if (response.status === 200) {
                askingFor = null; // the check's answer decides what follows: a new panel is followed anew
                check();
            } else {
                askLater(path);
            }
        }, function () {
            if (stillWaitingFor(path)) {
                askLater(path);
            }
        });
    }

    /* After the page loads and after every Ajax step: questions while the page waits, none once it does not. */
    function follow() {
        var waiting = panel();
        if (waiting === null) {
            askingFor = null;
            clearTimeout(next);
            clearTimeout(deadline);
            deadlineFor = null;
            return;
        }
        var path = waiting.getAttribute("data-wait");
        if (askingFor !== path) {
            askingFor = path;
            if (typeof window.fetch === "function") {
                ask(path); // the wait may have ended already
            } else {
                poll();
            }
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

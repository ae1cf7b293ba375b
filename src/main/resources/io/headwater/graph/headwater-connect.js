// Headwater's one addition to Neo4j Browser's page (see io.headwater.graph.BrowserServer). It runs before Browser's
// own scripts and does two things:
// - a Browser that has no graph style yet gets Headwater's (cypher/headwater.grass, put in below by the server), so
//   that a first look captions an Article with its headline, not its dateline; a style of the user's own stays;
// - opened from the link Headwater prints, whose fragment holds the embedded database's user and password, it fills
//   them into Browser's connect form. The fragment never leaves this browser, and it is taken out of the address bar
//   and the history at once.
(function () {
    'use strict';
    var style = HEADWATER_STYLE;
    try {
        // Where Browser keeps its graph style between visits (its "neo4j." keys hold JSON).
        if (window.localStorage.getItem('neo4j.grass') === null) {
            window.localStorage.setItem('neo4j.grass', JSON.stringify(style));
        }
    } catch (e) {
        // no local storage (a private window with it blocked): Browser's default style applies
    }

    var fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    var password = fragment.get('password');
    if (!password) {
        return;
    }
    var user = fragment.get('user') || 'neo4j';
    window.history.replaceState(null, '', window.location.pathname + window.location.search);

    // Browser's form is React's: a value set from outside must go through the native setter and an input event.
    var setValue = Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value').set;
    function fill(input, value) {
        if (input && input.value !== value) {
            setValue.call(input, value);
            input.dispatchEvent(new Event('input', { bubbles: true }));
        }
    }

    var filled = new WeakSet();
    function fillForm() {
        var passwordInput = document.querySelector('[data-testid="password"]');
        if (passwordInput && !filled.has(passwordInput)) {
            filled.add(passwordInput);
            fill(document.querySelector('[data-testid="username"]'), user);
            fill(passwordInput, password);
        }
    }

    // The form appears once Browser has started and found the database; it may be drawn again after a disconnect.
    var observer = new MutationObserver(fillForm);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    window.setTimeout(function () { observer.disconnect(); }, 10 * 60 * 1000);
})();

// Shared launcher for the browser scripts the JUnit tests run (see src/test/java/io/headwater/BrowserScripts.java).
// Every script is `node <script>.mjs BASE_URL OUT_DIR`: it drives headless Chromium against a server the Java test
// started, saves screenshots under OUT_DIR, and prints one JSON object (its findings) as its last line of stdout.
// It exits non-zero, with a message on stderr, when something it checks does not hold.
import { chromium } from 'playwright-core';

// Flags for a closed network: without the background-networking ones Chromium keeps calling out and failing.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage'];

/** Starts Chromium (the executable the Java side found, in $HEADWATER_CHROMIUM) with a fresh profile. */
export async function launch() {
    const executablePath = process.env.HEADWATER_CHROMIUM || '/usr/bin/chromium';
    return chromium.launch({ executablePath, args: FLAGS, headless: true });
}

/** Command-line arguments every script takes: the server's base URL and where screenshots go. */
export function args() {
    const [baseUrl, outDir] = process.argv.slice(2);
    if (!baseUrl || !outDir) {
        fail('usage: node SCRIPT.mjs BASE_URL OUT_DIR');
    }
    return { baseUrl: baseUrl.replace(/\/$/, ''), outDir };
}

/** Fails the check: the message goes to stderr and the Java test shows it. */
export function fail(message) {
    console.error(message);
    process.exit(1);
}

/** Asserts a condition of the page; `message` says what a user would have seen wrong. */
export function check(condition, message) {
    if (!condition) {
        fail(message);
    }
}

/** Runs `body(page)` in a new page of a fresh browser, prints its findings as JSON, and closes everything. */
export async function run(body, viewport = { width: 1280, height: 900 }) {
    const browser = await launch();
    try {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        page.setDefaultTimeout(Number(process.env.HEADWATER_BROWSER_TIMEOUT_MS || 10000));
        const errors = [];
        page.on('pageerror', e => errors.push(String(e)));
        const findings = await body(page);
        if (errors.length) {
            fail('JavaScript errors on the page: ' + errors.join('; '));
        }
        console.log(JSON.stringify(findings ?? {}));
    } finally {
        await browser.close();
    }
}

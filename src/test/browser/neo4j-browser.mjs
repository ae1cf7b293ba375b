// Neo4j Browser as Headwater serves it beside the embedded database: opened from the link the banner prints, the
// connect form shows the database's address, user and password; connected, every file of cypher/queries pasted
// whole into the editor and run gives a result table (no error, not a script of several statements); the chain
// query draws a graph whose nodes read (Headwater's style), and the password is out of the address bar.
// Usage: node neo4j-browser.mjs CONNECT_LINK OUT_DIR
import { readdirSync, readFileSync } from 'node:fs';
import { args, check, fail, launch } from './browser.mjs';

const { baseUrl: link, outDir } = args();
const queries = new URL('../../../cypher/queries/', import.meta.url);
const timeout = Number(process.env.HEADWATER_BROWSER_TIMEOUT_MS || 60000);

const browser = await launch();
try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    // The queries go in as a user puts them in: pasted from the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(link).origin });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    const errors = [];
    page.on('pageerror', e => errors.push(String(e)));

    await page.goto(link);
    await page.waitForSelector('[data-testid="password"]');
    // Let Browser's discovery settle before reading the form: it fills in the address once it has found the server.
    await page.waitForFunction(() => document.querySelector('[data-testid="boltaddress"]')?.value);
    const form = await page.evaluate(() => Object.fromEntries(['boltaddress', 'username', 'password']
        .map(id => [id, document.querySelector(`[data-testid="${id}"]`)?.value ?? null])));
    const address = await page.evaluate(() => window.location.href);
    await page.screenshot({ path: `${outDir}/neo4j-browser-connect.png` });

    await page.click('[data-testid="connect"]');
    await page.waitForSelector('text=You are connected as user');

    const results = [];
    for (const file of readdirSync(queries).filter(f => f.endsWith('.cypher')).sort()) {
        const text = readFileSync(new URL(file, queries), 'utf8');
        const firstLine = text.split('\n')[0].trim();
        await page.evaluate(t => navigator.clipboard.writeText(t), text);
        await page.locator('[data-testid="activeEditor"]').first().click();
        await page.keyboard.press('Control+V');
        await page.keyboard.press('Control+Enter');
        // The newest frame is this paste's; it is done when its status bar ("Started streaming n records...") or an
        // error shows.
        const frame = page.locator('[data-testid="frame"]').filter({ hasText: firstLine }).first();
        await frame.waitFor();
        const done = await page.waitForFunction(el => el.querySelector('[data-testid="frameStatusbar"], '
                + '[data-testid="cypherFrameErrorMessage"]'), await frame.elementHandle(), { timeout })
            .then(() => true, () => false);
        if (file.startsWith('01-')) {
            // The chain query returns paths: Browser draws them, then lets the force layout come to rest.
            await frame.locator('svg .node text').first().waitFor().catch(() => {});
            await page.waitForTimeout(1500);
            await frame.screenshot({ path: `${outDir}/neo4j-browser-chain.png` });
        }
        const seen = await frame.evaluate(el => ({
            text: el.innerText.slice(0, 400),
            table: !!el.querySelector('[data-testid="cypherFrameSidebarTable"]'),
            graph: !!el.querySelector('[data-testid="cypherFrameSidebarVisualization"]'),
            error: el.querySelector('[data-testid="cypherFrameErrorMessage"]')?.innerText ?? null,
            captions: [...el.querySelectorAll('svg .node text')].map(t => t.textContent.trim()).filter(Boolean),
        }));
        results.push({ file, done, ...seen });
    }
    check(errors.length === 0, 'JavaScript errors on the page: ' + errors.join('; '));
    console.log(JSON.stringify({ form, address, results }));
} catch (e) {
    fail(String(e && e.stack || e));
} finally {
    await browser.close();
}

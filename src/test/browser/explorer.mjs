// The explorer in real Chromium, as a journalist uses it: paste a claim from the corpus the Java test loaded, read
// where it comes from (carriers earliest first, the primary source and the agency between), see the primary source's
// descendants on a timeline, open an article, click a
// link of its chain and read the evidence sentence highlighted in the article's text; reach a link by keyboard; the
// same claim at phone width; and, given the write token, the ingest form lands on the new article and shows a
// hostile headline as text. What to expect comes from the environment the Java test sets:
//   HEADWATER_CLAIM    the claim to paste
//   HEADWATER_OUTLETS  the carriers' outlets, earliest first, separated by |
//   HEADWATER_PRIMARY  the primary source's name      HEADWATER_THROUGH  the agency between it and the outlets
//   HEADWATER_OPEN     the outlet whose article to open (its chain must pass through HEADWATER_THROUGH)
//   HEADWATER_TOKEN    the write token (optional: without it the ingest step is skipped)
//   HEADWATER_SHOTS    the screenshots' name prefix (default "explorer")
import { args, check, fail, run } from './browser.mjs';

const { baseUrl, outDir } = args();
const need = name => process.env[name] || fail(`${name} is not set`);
const claim = need('HEADWATER_CLAIM');
const outlets = need('HEADWATER_OUTLETS').split('|');
const primary = need('HEADWATER_PRIMARY');
const through = need('HEADWATER_THROUGH');
const open = need('HEADWATER_OPEN');
const token = process.env.HEADWATER_TOKEN;
const shots = process.env.HEADWATER_SHOTS || 'explorer';

/** Fails on anything the page's Content-Security-Policy refused (an inline script or style, a foreign asset). */
async function watchPolicy(page) {
    await page.addInitScript(() => {
        window.__refused = [];
        document.addEventListener('securitypolicyviolation', e => window.__refused.push(e.violatedDirective + ' ' + e.blockedURI));
    });
}

async function refused(page) {
    return page.evaluate(() => window.__refused || []);
}

const squash = s => s.replace(/\s+/g, ' ').trim();

await run(async page => {
    await watchPolicy(page);
    await page.goto(baseUrl + '/');
    await page.waitForSelector('h1');
    check((await page.textContent('h1')).includes('Where does this claim come from'), 'the home page should ask where a claim comes from');

    // Paste the claim and submit with the keyboard.
    await page.fill('#q', claim);
    await page.press('#q', 'Enter');
    await page.waitForSelector('#carriers li.carrier');
    const found = await page.$$eval('#carriers li.carrier', items => items.map(li => li.dataset.outlet));
    check(JSON.stringify(found) === JSON.stringify(outlets), `carriers should be ${outlets.join(', ')} (earliest first), were ${found.join(', ')}`);
    const source = squash(await page.textContent('#primary-sources .primary-source'));
    check(source.includes(primary), `the primary source should be ${primary}; the page says: ${source}`);
    check(source.includes(through) && source.includes('inferred story'), `the claim should come through ${through}'s inferred story; the page says: ${source}`);
    const earliest = squash(await page.textContent('#earliest'));
    check(earliest.includes(outlets[0]), `the earliest appearance should be ${outlets[0]}; the page says: ${earliest}`);
    await page.screenshot({ path: `${outDir}/${shots}-claim.png`, fullPage: true });

    // The primary source's own view: everything derived from it on a timeline, the same outlets earliest first.
    await page.click('#primary-sources .primary-source > a');
    await page.waitForSelector('#timeline li.descendant');
    const descendants = await page.$$eval('#timeline li.descendant', items => items.map(li => li.dataset.outlet));
    check(outlets.every(o => descendants.includes(o)), `the source's timeline should list ${outlets.join(', ')}, listed ${descendants.join(', ')}`);
    await page.goBack();
    await page.waitForSelector('#carriers li.carrier');

    // Open the article: the passage holding the claim is highlighted.
    await page.click(`#carriers li.carrier[data-outlet="${open}"] a.carrier-link`);
    await page.waitForSelector('#graph svg .edge');
    const passage = squash(await page.textContent('#article-text mark'));
    const claimWords = squash(claim).replace(/^["“]/, '').split(' ').slice(0, 6).join(' ');
    check(passage.includes(claimWords), `the article should open with the claim highlighted; highlighted: ${passage}`);

    // Click the link from the agency's story to the outlet: its evidence sentence is shown and highlighted.
    await page.click(`#graph .edge.chain[data-from="${through}"]`);
    await page.waitForFunction(t => document.querySelector('#evidence-title')?.textContent.includes('took from ' + t), through);
    const sentence = squash(await page.textContent('#evidence blockquote.sentence'));
    const marked = squash(await page.textContent('#article-text mark'));
    check(sentence === marked, `the evidence sentence should be highlighted in the text: shown "${sentence}", highlighted "${marked}"`);
    check(sentence.includes(through), `the evidence of the link from ${through} should name it: ${sentence}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${outDir}/${shots}-article.png` });

    // The keyboard reaches a link of the graph: a photo credit, shown apart from the text's chain.
    let credit = null;
    if (await page.$('#graph .edge.credit')) {
        await page.focus('#graph .edge.credit');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.querySelector('#evidence-title')?.textContent.startsWith('Photo credit'));
        credit = squash(await page.textContent('#evidence-title'));
    }

    // At phone width nothing runs off the screen, and the graph is drawn top to bottom.
    const phone = await page.context().browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const small = await phone.newPage();
    await watchPolicy(small);
    await small.goto(baseUrl + '/#/claim?' + new URLSearchParams({ text: claim }));
    await small.waitForSelector('#carriers li.carrier');
    const claimWidth = await small.evaluate(() => document.documentElement.scrollWidth);
    await small.screenshot({ path: `${outDir}/${shots}-phone.png`, fullPage: true });
    await small.click(`#carriers li.carrier[data-outlet="${open}"] a.carrier-link`);
    await small.waitForSelector('#graph svg .edge');
    const articleWidth = await small.evaluate(() => document.documentElement.scrollWidth);
    check(claimWidth <= 390 && articleWidth <= 390, `at 390 px the page should not scroll sideways (claim ${claimWidth} px, article ${articleWidth} px)`);
    const phoneRefused = await refused(small);
    await phone.close();

    // The ingest form: a headline with markup in it is shown as text, and the form lands on the new article.
    let ingested = null;
    if (token) {
        await page.goto(baseUrl + '/#/ingest');
        await page.waitForSelector('#ingest-form');
        await page.fill('#ingest-text', 'Ferry timetable <img src=x onerror="window.__pwned=1"> changes\n\n'
            + 'The harbour ferry will run every twenty minutes from Monday, the port authority said in a statement.');
        await page.fill('#ingest-outlet', 'Quay <b>Gazette</b>');
        await page.fill('#ingest-token', token);
        await page.click('#ingest-form button[type=submit]');
        await page.waitForFunction(() => location.hash.startsWith('#/article/') && document.querySelector('h1')?.textContent.includes('Ferry'));
        ingested = await page.textContent('h1');
        check(ingested.includes('<img src=x'), `the headline should be shown as the text it is: ${ingested}`);
        check(await page.evaluate(() => document.querySelectorAll('main img, main b').length === 0 && window.__pwned === undefined),
            'markup in an article must never become elements of the page');
    }

    const policy = [...await refused(page), ...phoneRefused];
    check(policy.length === 0, 'the Content-Security-Policy refused: ' + policy.join('; '));
    return { outlets: found, primarySource: source, earliest, descendants, passage, evidence: sentence, credit, claimWidth, articleWidth, ingested };
});

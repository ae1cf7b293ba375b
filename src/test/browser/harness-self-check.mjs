// The harness's own check: load a page, click its button, read what the click wrote, take a screenshot.
import { args, check, run } from './browser.mjs';

const { baseUrl, outDir } = args();
await run(async page => {
    await page.goto(baseUrl + '/');
    check(await page.$('button#go'), 'the page should have a Go button');
    await page.click('button#go');
    const text = await page.textContent('#out');
    check(text === 'clicked', `the button should write "clicked", wrote "${text}"`);
    await page.screenshot({ path: `${outDir}/harness-self-check.png` });
    return { text, title: await page.title() };
});

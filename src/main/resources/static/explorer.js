// The Headwater explorer: a claim's way back to its primary source, an article's chain with the evidence of each
// link, a source's descendants on a timeline, and an ingest form, over the REST API of the same server.
// No framework and nothing fetched from elsewhere. Everything the page shows from the graph goes in as text
// (textContent, setAttribute), never as markup, so no article, quote or name can inject anything.
'use strict';

(() => {
  const view = document.getElementById('view');
  const main = document.getElementById('main');
  const box = document.getElementById('q');
  const CLAIM_WORDS = 8;
  let writeToken = '';

  // ---- building the page -------------------------------------------------------------------------------------

  /** An element with attributes (on* handlers as functions) and children (strings become text). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    setAll(el, attrs);
    append(el, children);
    return el;
  }

  const SVG = 'http://www.w3.org/2000/svg';

  /** An SVG element, as h() builds HTML ones. */
  function s(tag, attrs, ...children) {
    const el = document.createElementNS(SVG, tag);
    setAll(el, attrs);
    append(el, children);
    return el;
  }

  function setAll(el, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) {
        continue;
      }
      if (k.startsWith('on') && typeof v === 'function') {
        el.addEventListener(k.slice(2), v);
      } else {
        el.setAttribute(k, v === true ? '' : String(v));
      }
    }
  }

  function append(el, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) {
        continue;
      }
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }

  /** Replaces the view with {@code nodes} and puts the focus on its heading, for keyboard and screen-reader users. */
  function show(...nodes) {
    view.replaceChildren(...nodes.flat().filter(Boolean));
    const heading = view.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }

  function loading(what) {
    show(h('p', { class: 'muted', role: 'status' }, 'Loading ' + what + '…'));
  }

  function failure(message, ...more) {
    show(h('div', { class: 'panel error', role: 'alert' }, h('h1', {}, 'Something went wrong'), h('p', {}, message), more));
  }

  /** An address only when it is http(s): a page address from an article never becomes a javascript: link. */
  function safeUrl(url) {
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  const enc = encodeURIComponent;
  const articleHref = (id, extra) => '#/article/' + enc(id) + (extra ? '?' + new URLSearchParams(extra) : '');
  const sourceHref = key => '#/source/' + enc(key);

  function day(published) {
    if (!published) {
      return 'undated';
    }
    return published.length > 10 ? published.slice(0, 10) + ' ' + published.slice(11, 16) : published;
  }

  function percent(x) {
    return Math.round(100 * x) + '%';
  }

  function meter(share) {
    const tenth = Math.max(0, Math.min(10, Math.round(share * 10)));
    return h('span', { class: 'meter', 'aria-hidden': 'true' }, h('span', { class: 'w' + tenth }));
  }

  // ---- talking to the API ----------------------------------------------------------------------------------------

  /** GETs or sends JSON; a problem+json answer becomes an Error with the problem's detail. */
  async function api(path, options = {}) {
    const response = await fetch(path, {
      ...options,
      headers: { Accept: 'application/json', ...(options.headers || {}) },
    });
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) {
      const detail = body && body.detail ? body.detail : (typeof body === 'string' && body ? body : response.statusText);
      const error = new Error(detail || ('HTTP ' + response.status));
      error.status = response.status;
      throw error;
    }
    return { body, status: response.status };
  }

  // ---- word differences (quote variants, shared passages) -----------------------------------------------------

  /** Words with their places, folded as the server folds them: case, accents and inner punctuation do not count. */
  function tokens(text) {
    const out = [];
    const re = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
    let m;
    while ((m = re.exec(text)) !== null) {
      const folded = m[0].normalize('NFKD').replace(/\p{M}/gu, '').replace(/[,'’]/g, '').toLowerCase();
      out.push({ w: folded, start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  /** For each word of a and of b, whether the other text lacks it (longest common subsequence). */
  function changedWords(a, b) {
    const n = a.length;
    const m = b.length;
    if (n * m > 1_000_000) {
      return { a: a.map(() => false), b: b.map(() => false) };
    }
    const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i].w === b[j].w ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    const ca = a.map(() => true);
    const cb = b.map(() => true);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[i].w === b[j].w) {
        ca[i++] = false;
        cb[j++] = false;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return { a: ca, b: cb };
  }

  /** The text with the words the other text lacks marked (class "only here" or "only there"). */
  function markedText(text, words, changed, side) {
    const out = [];
    let at = 0;
    words.forEach((t, k) => {
      if (!changed[k]) {
        return;
      }
      out.push(text.slice(at, t.start));
      out.push(h('span', { class: 'only ' + side }, text.slice(t.start, t.end)));
      at = t.end;
    });
    out.push(text.slice(at));
    return out;
  }

  /** One wording turned into the other: dropped words struck through, new ones underlined. */
  function inlineDiff(from, to) {
    const a = tokens(from);
    const b = tokens(to);
    const changed = changedWords(a, b);
    const out = [];
    let i = 0;
    let j = 0;
    const run = (list, flags, k, text) => {
      const start = k;
      while (k < list.length && flags[k]) {
        k++;
      }
      return { next: k, text: start < k ? text.slice(list[start].start, list[k - 1].end) : '' };
    };
    while (i < a.length || j < b.length) {
      const del = run(a, changed.a, i, from);
      const ins = run(b, changed.b, j, to);
      if (del.text) {
        out.push(h('del', {}, del.text), ' ');
      }
      if (ins.text) {
        out.push(h('ins', {}, ins.text), ' ');
      }
      i = del.next;
      j = ins.next;
      const start = i;
      while (i < a.length && j < b.length && !changed.a[i] && !changed.b[j]) {
        i++;
        j++;
      }
      if (start < i) {
        out.push(from.slice(a[start].start, a[i - 1].end), ' ');
      } else if (!del.text && !ins.text) {
        break;
      }
    }
    return out;
  }

  /** The server's word-level differences of a claim carrier: shared runs plain, the rest marked. */
  function segments(list) {
    return list.map(seg => {
      switch (seg.change) {
        case 'REMOVED': return [h('del', { title: 'in the claim, not in this article' }, seg.text), ' '];
        case 'ADDED': return [h('ins', { title: 'in this article, not in the claim' }, seg.text), ' '];
        case 'GAP': return [h('span', { class: 'muted', title: 'the article\'s words between two parts of the claim' }, '…'), ' '];
        default: return [seg.text, ' '];
      }
    });
  }

  const LEGEND = h('p', { class: 'legend' }, 'Marked: ', h('del', {}, 'struck through'), ' in the claim (or earlier wording) but not in this one; ',
    h('ins', {}, 'underlined'), ' added here.');

  // ---- routes ----------------------------------------------------------------------------------------------------

  const routes = [
    [/^$/, home],
    [/^search$/, search],
    [/^claim$/, claim],
    [/^article\/(.+)$/, article],
    [/^source\/(.+)$/, source],
    [/^ingest$/, ingest],
  ];

  function route() {
    const hash = location.hash.replace(/^#\/?/, '');
    const q = hash.indexOf('?');
    const path = q < 0 ? hash : hash.slice(0, q);
    const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
    for (const [pattern, render] of routes) {
      const m = pattern.exec(path);
      if (m) {
        render(params, ...m.slice(1).map(decodeURIComponent)).catch(e => failure(e.message));
        return;
      }
    }
    failure('There is no page ' + location.hash + '.', h('p', {}, h('a', { href: '#/' }, 'Start again')));
  }

  /** What the search box was given: a page address, a claim (a sentence), or a name or a few words. */
  function dispatch(text) {
    const q = text.trim().replace(/\s+/g, ' ');
    if (!q) {
      return '#/';
    }
    if (/^https?:\/\//i.test(q)) {
      return '#/search?' + new URLSearchParams({ url: q });
    }
    if (tokens(q).length >= CLAIM_WORDS) {
      return '#/claim?' + new URLSearchParams({ text: q });
    }
    return '#/search?' + new URLSearchParams({ q });
  }

  document.getElementById('search').addEventListener('submit', e => {
    e.preventDefault();
    const target = dispatch(box.value);
    if (location.hash === target) {
      route();
    } else {
      location.hash = target;
    }
  });
  window.addEventListener('hashchange', route);

  // ---- home ------------------------------------------------------------------------------------------------------

  async function home() {
    loading('articles');
    const { body } = await api('/api/articles?size=20');
    show(
      h('div', { class: 'panel' },
        h('h1', {}, 'Where does this claim come from?'),
        h('p', {}, 'Paste a sentence or a passage from a news article into the box above: Headwater finds every article that ',
          'carries it or a close variant, earliest first, and walks each back through the agencies and outlets to the ',
          'document it rests on. A page address, a headline, an outlet or a source name works too.')),
      h('div', { class: 'panel' },
        h('h2', {}, 'Articles in the graph'),
        body.items.length === 0 ? h('p', { class: 'muted' }, 'None yet: ', h('a', { href: '#/ingest' }, 'add one')) :
          h('ul', { class: 'plain' }, body.items.map(a => h('li', {},
            h('a', { href: articleHref(a.id) }, a.headline || a.id), ' ',
            h('span', { class: 'muted small' }, [a.outlet, a.published ? day(a.published) : null].filter(Boolean).join(' · '))))),
        body.totalElements > body.items.length ? h('p', { class: 'muted small' }, body.items.length + ' of ' + body.totalElements + ' shown') : null));
  }

  // ---- search: names, headlines, page addresses ------------------------------------------------------------------

  async function search(params) {
    const url = params.get('url');
    if (url) {
      box.value = url;
      loading('the article at that address');
      const { body } = await api('/api/articles?' + new URLSearchParams({ url, size: 5 }));
      if (body.items.length === 1) {
        location.replace(articleHref(body.items[0].id));
        return;
      }
      show(h('div', { class: 'panel' }, h('h1', {}, 'Articles at that address'),
        body.items.length === 0
          ? h('p', {}, 'No article in the graph has that address. ', h('a', { href: '#/ingest?' + new URLSearchParams({ fetch: url }) }, 'Fetch and add it'), '.')
          : h('ul', { class: 'plain' }, body.items.map(a => h('li', {}, h('a', { href: articleHref(a.id) }, a.headline || a.id))))));
      return;
    }
    const q = params.get('q') || '';
    box.value = q;
    loading('results');
    const [entities, hits] = await Promise.all([
      api('/api/entities?' + new URLSearchParams({ name: q, size: 10 })),
      api('/api/search?' + new URLSearchParams({ q, size: 20 })),
    ]);
    show(
      h('h1', {}, 'Results for “' + q + '”'),
      tokens(q).length >= 5 ? h('p', {}, h('a', { href: '#/claim?' + new URLSearchParams({ text: q }) }, 'Search these words as a claim')) : null,
      h('div', { class: 'panel' }, h('h2', {}, 'Sources, agencies and outlets'),
        entities.body.items.length === 0 ? h('p', { class: 'muted' }, 'No source, agency or outlet by that name.') :
          h('ul', { class: 'plain' }, entities.body.items.map(e => h('li', {},
            h('span', { class: 'badge ' + e.label }, e.label), h('a', { href: sourceHref(e.key) }, e.name || e.key),
            e.type ? h('span', { class: 'muted small' }, ' ' + e.type) : null)))),
      h('div', { class: 'panel' }, h('h2', {}, 'Headlines, article text and quotes'), hitList(hits.body.items)));
  }

  /** Full-text hits: articles by headline or text, quotes with whom they are attributed to. */
  function hitList(items) {
    if (items.length === 0) {
      return h('p', { class: 'muted' }, 'Nothing matches.');
    }
    return h('ul', { class: 'plain hits' }, items.map(hit => {
      const id = hit.kind === 'quote' ? hit.id.split(':')[0] : hit.id;
      const href = hit.kind === 'quote' ? articleHref(id, { quote: hit.id }) : articleHref(id);
      return h('li', {}, h('span', { class: 'badge ' + hit.kind }, hit.kind),
        h('a', { href }, hit.kind === 'quote' ? 'Quote attributed to ' + (hit.title || 'no one') : (hit.title || id)),
        h('div', { class: 'small muted' }, hit.snippet || ''));
    }));
  }

  // ---- claim search ----------------------------------------------------------------------------------------------

  function chainLine(chain) {
    return h('span', { class: 'chain-line' }, chain.map((hop, i) => [
      i ? ' → ' : '',
      hop.key && hop.label !== 'Outlet' && hop.label !== 'Article'
        ? h('a', { class: 'step', href: sourceHref(hop.key) }, hop.name || hop.key)
        : h('span', { class: 'step' }, hop.name || 'unknown outlet'),
      hop.inferred ? h('span', { class: 'muted' }, ' (inferred story)') : null,
    ]));
  }

  async function claim(params) {
    const text = params.get('text') || '';
    const page = Number(params.get('page') || 0);
    box.value = text;
    loading('the articles that carry it');
    let found;
    try {
      found = (await api('/api/claims?' + new URLSearchParams({ text, page, size: 20 }))).body;
    } catch (e) {
      failure(e.message, h('p', {}, h('a', { href: '#/search?' + new URLSearchParams({ q: text }) }, 'Search these words instead')));
      return;
    }
    const parts = [h('h1', {}, 'Where this claim comes from'), h('blockquote', { class: 'claim-text' }, found.claim)];
    if (found.totalElements === 0) {
      // A headline is no claim of an article's text: its words may still match headlines, text or quotes.
      const hits = (await api('/api/search?' + new URLSearchParams({ q: text, size: 10 }))).body.items;
      parts.push(h('div', { class: 'panel', id: 'no-carriers' },
        h('p', {}, 'No article in the graph carries it, nor a close variant. ', h('a', { href: '#/ingest' }, 'Add the article it comes from'), '.'),
        hits.length ? [h('h2', {}, 'Headlines, text and quotes with these words'), hitList(hits)] : null));
      show(parts);
      return;
    }
    const sources = h('div', { class: 'panel', id: 'primary-sources' }, h('h2', {}, 'Primary source'));
    if (found.primarySources.length === 0) {
      sources.append(h('p', { class: 'muted' }, 'None found: no carrier attributes it to a source. Its earliest appearance is the best lead.'));
    } else {
      sources.append(h('ul', { class: 'plain sources' }, found.primarySources.map(p => h('li', { class: 'primary-source', 'data-key': p.key },
        h('span', { class: 'badge ' + p.label }, p.label),
        h('a', { href: p.label === 'Article' ? articleHref(p.key) : sourceHref(p.key) }, p.name || p.key),
        h('span', { class: 'muted' }, ' · ' + p.carriers + ' of ' + found.totalElements + ' carriers lead here'),
        p.through.length ? h('div', { class: 'small' }, 'through ', p.through.map((t, i) => [i ? ', ' : '',
          h('a', { href: t.label === 'Article' ? articleHref(t.key) : sourceHref(t.key), class: 'through' }, t.name || t.key),
          t.inferred ? h('span', { class: 'muted' }, ' (inferred story: no one has ingested it, the carriers say they took from it)') : null]))
          : null))));
    }
    const first = found.earliest;
    sources.append(h('p', { id: 'earliest' }, h('strong', {}, 'Earliest appearance: '),
      h('a', { href: articleHref(first.article.id) }, first.article.outlet || 'unknown outlet'), ', ', day(first.article.published),
      first.article.published ? null : h('span', { class: 'muted' }, ' (no carrier is dated)')));
    parts.push(sources);
    const list = h('ol', { class: 'timeline', id: 'carriers' });
    found.items.forEach((c, k) => {
      const a = c.article;
      const passage = c.passages[0];
      const extra = passage && passage.start >= 0 ? { from: passage.start, to: passage.end } : null;
      list.append(h('li', { class: 'carrier' + (found.page === 0 && k === 0 ? ' first' : ''), 'data-outlet': a.outlet || '', 'data-id': a.id },
        h('div', {}, h('span', { class: 'when' }, day(a.published)), ' · ', h('strong', {}, a.outlet || 'unknown outlet'), ' · ',
          meter(c.holds), ' ', h('span', { class: 'holds' }, 'holds ' + percent(c.holds)),
          c.foundBy === 'QUOTE_VARIANT' ? h('span', { class: 'muted small' }, ' · a quote worded differently') : null),
        h('div', {}, h('a', { class: 'carrier-link', href: articleHref(a.id, extra) }, a.headline || a.id)),
        c.difference ? h('div', { class: 'diff' }, segments(c.differences)) : h('div', { class: 'small muted' }, 'word for word'),
        c.quotes.filter(q => q.source).slice(0, 3).map(q => h('div', { class: 'small' }, 'quotes ',
          q.sourceKey ? h('a', { href: sourceHref(q.sourceKey) }, q.source) : q.source, q.via ? ' via ' + q.via : '')),
        c.chains.map(chain => h('div', {}, chainLine(chain)))));
    });
    parts.push(h('div', { class: 'panel' }, h('h2', {}, 'Carriers, earliest first'), LEGEND,
      found.truncated ? h('p', { class: 'muted' }, 'More articles share words with this claim than a search compares: these are the ones sharing the most.') : null,
      list, pager(found, text)));
    show(parts);
  }

  function pager(found, text) {
    if (found.totalPages <= 1) {
      return null;
    }
    const link = (page, label) => h('a', { class: 'button quiet', href: '#/claim?' + new URLSearchParams({ text, page }) }, label);
    return h('nav', { class: 'pager', 'aria-label': 'Pages of carriers' },
      found.page > 0 ? link(found.page - 1, '← Earlier') : null,
      h('span', {}, 'page ' + (found.page + 1) + ' of ' + found.totalPages),
      found.page + 1 < found.totalPages ? link(found.page + 1, 'Later →') : null);
  }

  // ---- article view ----------------------------------------------------------------------------------------------

  async function article(params, id) {
    loading('the article');
    const [prov, text] = await Promise.all([api('/api/articles/' + enc(id) + '/provenance'), api('/api/articles/' + enc(id) + '/text')]);
    const p = prov.body;
    const a = p.article;
    const body = text.body.text || '';
    const textView = new ArticleText(body);
    const evidence = h('div', { class: 'panel evidence', id: 'evidence', 'aria-live': 'polite' },
      h('h2', {}, 'Evidence'), h('p', { class: 'muted' }, 'Click a link of the chain, or a quote, to read the sentence it rests on, highlighted in the text.'));
    const edges = chainEdges(p, a);
    const select = edge => showEvidence(edge, evidence, textView, a, graphBox);
    const graphBox = h('div', { class: 'graph', id: 'graph' });
    const drawn = () => graphBox.replaceChildren(drawGraph(edges, select, graphBox.clientWidth || 800, a.outlet || 'this article'));
    const url = safeUrl(a.url);
    show(
      h('h1', {}, a.headline || a.id),
      h('p', { class: 'muted' }, [a.outlet || 'unknown outlet', a.byline, a.dateline, a.published ? day(a.published) : 'undated'].filter(Boolean).join(' · '),
        url ? [' · ', h('a', { href: url, rel: 'noopener noreferrer' }, 'original page')] : null,
        ' · ', h('a', { href: '/api/reports/articles/' + enc(a.id) + '?format=html' }, 'provenance report')),
      h('div', { class: 'panel' },
        h('h2', {}, 'How it reached ' + (a.outlet || 'this outlet')),
        p.chains.length === 0 ? h('p', { class: 'muted' }, 'No chain: the article attributes nothing to an agency, report or source.') : null,
        graphBox,
        h('div', { class: 'edge-list' }, h('h3', { class: 'visually-hidden' }, 'Links of the chain'),
          edges.filter(e => e.kind !== 'none').map(e => h('button', { class: 'quiet edge-button', type: 'button', 'data-from': e.from.name || '',
            'data-to': e.to.name || '', onclick: () => select(e) }, (e.kind === 'credit' ? 'photo: ' : '') + (e.from.name || '?') + ' → ' + (e.to.name || '?'))))),
      h('div', { class: 'article-grid' },
        evidence,
        h('div', { class: 'panel article-text-panel' }, h('h2', {}, 'The article'), textView.element),
        quotesPanel(p.quotes, textView, evidence),
        variantsPanel(p.quoteVariants),
        passagesPanel(p.reuse, textView, a)));
    drawn();
    let width = graphBox.clientWidth;
    const resized = () => {
      if (Math.abs(graphBox.clientWidth - width) > 40) {
        width = graphBox.clientWidth;
        drawn();
      }
    };
    window.addEventListener('resize', resized);
    window.addEventListener('hashchange', () => window.removeEventListener('resize', resized), { once: true });
    const from = Number(params.get('from'));
    const to = Number(params.get('to'));
    const quote = params.get('quote');
    if (params.has('from') && to > from) {
      textView.highlight(from, to, 'the passage that holds the claim');
    } else if (quote) {
      const q = p.quotes.find(x => x.key === quote);
      if (q) {
        showQuote(q, textView, evidence);
      }
    }
  }

  /** The article's text with one highlighted range at a time. */
  class ArticleText {
    constructor(text) {
      this.text = text;
      this.element = h('div', { class: 'article-text', id: 'article-text' }, text);
    }

    /** Highlights [start, end) and scrolls it into view; false when the range is not in the text. */
    highlight(start, end, label) {
      if (!(start >= 0 && end > start && end <= this.text.length)) {
        this.element.replaceChildren(this.text);
        return false;
      }
      const mark = h('mark', { class: 'evidence', tabindex: '-1', 'aria-label': label || 'highlighted' }, this.text.slice(start, end));
      this.element.replaceChildren(this.text.slice(0, start), mark, this.text.slice(end));
      mark.scrollIntoView({ block: 'center', behavior: 'instant' });
      return true;
    }

    /** Where {@code sentence} stands: at the offsets given when they hold it, else wherever it occurs. */
    locate(sentence, start, end) {
      if (!sentence) {
        return null;
      }
      if (start >= 0 && end <= this.text.length && this.text.slice(start, end) === sentence) {
        return [start, end];
      }
      const at = this.text.indexOf(sentence);
      return at >= 0 ? [at, at + sentence.length] : null;
    }
  }

  /**
   * The links to draw: each chain's hops (primary source first, the outlet last), what a chain's source cites, and
   * the picture credits (which are no text provenance, drawn apart).
   */
  function chainEdges(p, a) {
    const out = [];
    const outlet = { id: 'outlet', label: 'Outlet', name: a.outlet || 'this article', key: null };
    const node = (hop, last) => last ? outlet : { id: hop.label + ':' + hop.key, label: hop.label, name: hop.name || hop.key, key: hop.key, inferred: hop.inferred };
    const seen = new Set();
    for (const chain of p.chains) {
      chain.forEach((hop, i) => {
        (hop.cites || []).filter(c => c.relation === 'CITES').forEach(c => {
          const from = { id: 'Source:' + c.key, label: 'Source', name: c.name || c.key, key: c.key };
          const edge = { kind: 'cites', from, to: node(hop, false), evidence: { sentence: c.sentence, cue: c.cue, confidence: c.confidence } };
          if (!seen.has(from.id + '>' + edge.to.id)) {
            seen.add(from.id + '>' + edge.to.id);
            out.push(edge);
          }
        });
        if (i + 1 < chain.length) {
          const from = node(hop, false);
          const to = node(chain[i + 1], i + 1 === chain.length - 1);
          if (!seen.has(from.id + '>' + to.id)) {
            seen.add(from.id + '>' + to.id);
            out.push({ kind: 'chain', from, to, evidence: hop.evidence || {} });
          }
        }
      });
    }
    for (const c of p.credits) {
      out.push({ kind: 'credit', from: { id: 'Credit:' + c.key, label: 'Credit', name: c.name || c.key, key: c.key }, to: outlet,
        evidence: { caption: c.caption, cue: c.cue, confidence: c.confidence, kind: c.kind } });
    }
    if (out.length === 0) {
      out.push({ kind: 'none', from: outlet, to: outlet, evidence: {} });
    }
    return out;
  }

  /** The chain as an SVG graph: left to right at desktop width, top to bottom on a narrow screen. */
  function drawGraph(edges, select, width, outletName) {
    const textEdges = edges.filter(e => e.kind === 'chain' || e.kind === 'cites');
    const credits = edges.filter(e => e.kind === 'credit');
    // Levels: a node's longest distance from the outlet, counted back along the links; the outlet is the last level.
    const depth = new Map([['outlet', 0]]);
    for (let changed = true, rounds = 0; changed && rounds < 20; rounds++) {
      changed = false;
      for (const e of textEdges) {
        const d = (depth.get(e.to.id) ?? 0) + 1;
        if ((depth.get(e.from.id) ?? -1) < d) {
          depth.set(e.from.id, d);
          changed = true;
        }
      }
    }
    const levels = Math.max(...depth.values()) + 1;
    const nodes = new Map();
    const slots = new Array(levels).fill(0);
    const place = n => {
      if (!nodes.has(n.id)) {
        const level = levels - 1 - (depth.get(n.id) ?? 0);
        nodes.set(n.id, { ...n, level, slot: slots[level]++ });
      }
    };
    textEdges.forEach(e => { place(e.from); place(e.to); });
    place({ id: 'outlet', label: 'Outlet', name: outletName });
    const vertical = width < 600;
    const W = vertical ? Math.min(260, Math.max(160, (width - 24) / Math.max(1, Math.max(...slots)) - 16)) : 176;
    const H = 62;
    const gapX = vertical ? 16 : 56;
    const gapY = vertical ? 56 : 22;
    const pos = n => vertical
      ? { x: 8 + n.slot * (W + gapX), y: 8 + n.level * (H + gapY) }
      : { x: 8 + n.level * (W + gapX), y: 8 + n.slot * (H + gapY) };
    let maxX = 0;
    let maxY = 0;
    for (const n of nodes.values()) {
      const p = pos(n);
      maxX = Math.max(maxX, p.x + W);
      maxY = Math.max(maxY, p.y + H);
    }
    const outletPos = pos(nodes.get('outlet'));
    // Picture credits in a row of their own below the outlet, the lane's label under them: apart from the text's chain.
    const cw = vertical ? W / 1.6 : W * 0.8;
    const creditTop = maxY + 44;
    const perRow = vertical ? Math.max(1, Math.floor((Math.max(maxX, 2 * cw + 12)) / (cw + 12))) : credits.length;
    credits.forEach((e, k) => {
      const row = Math.floor(k / perRow);
      const inRow = Math.min(perRow, credits.length - row * perRow);
      const right = vertical ? 8 + inRow * (cw + 12) - 12 : outletPos.x + W;
      const x = Math.max(8 + (k % perRow) * (cw + 12), right - (inRow - k % perRow) * (cw + 12) + 12);
      const p = { x, y: creditTop + row * (H + 14) };
      nodes.set(e.from.id, { ...e.from, fixed: p, small: true });
      maxX = Math.max(maxX, p.x + cw);
      maxY = Math.max(maxY, p.y + H);
    });
    const laneY = maxY + 16;
    const LANE = 'Photo credits: the pictures, not the text';
    if (credits.length) {
      maxY = laneY;
      maxX = Math.max(maxX, Math.min(...credits.map(e => nodes.get(e.from.id).fixed.x)) + LANE.length * 7);
    }
    const svgEl = s('svg', { viewBox: '0 0 ' + (maxX + 8) + ' ' + (maxY + 8), width: maxX + 8, height: maxY + 8, role: 'group',
      'aria-label': 'The chain from the primary source to the outlet; each link opens its evidence' });
    svgEl.append(s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 12, markerHeight: 12, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
      s('path', { class: 'arrow', d: 'M0,0 L10,5 L0,10 z' }))));
    if (credits.length) {
      const firstX = Math.min(...credits.map(e => nodes.get(e.from.id).fixed.x));
      svgEl.append(s('text', { class: 'lane', x: firstX, y: laneY }, LANE));
    }
    const box = n => {
      const p = n.fixed || pos(n);
      return { ...p, w: n.small ? cw : W, h: H };
    };
    const addEdge = (e, k) => {
      const a = box(nodes.get(e.from.id));
      const b = e.kind === 'credit' ? { ...outletPos, w: W, h: H } : box(nodes.get(e.to.id));
      let d;
      let mid;
      if (e.kind === 'credit') {
        const x1 = a.x + a.w / 2;
        const y1 = a.y;
        const x2 = b.x + b.w / 2 + (k - (credits.length - 1) / 2) * 12;
        const y2 = b.y + b.h;
        d = `M${x1},${y1} C${x1},${y1 - 30} ${x2},${y2 + 30} ${x2},${y2 + 2}`;
        mid = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
      } else if (vertical) {
        const x1 = a.x + a.w / 2;
        const y1 = a.y + a.h;
        const x2 = b.x + b.w / 2;
        const y2 = b.y;
        d = `M${x1},${y1} C${x1},${y1 + 28} ${x2},${y2 - 28} ${x2},${y2 - 2}`;
        mid = { x: (x1 + x2) / 2 + 6, y: (y1 + y2) / 2 + 4 };
      } else {
        const x1 = a.x + a.w;
        const y1 = a.y + a.h / 2;
        const x2 = b.x;
        const y2 = b.y + b.h / 2;
        d = `M${x1},${y1} C${x1 + 35},${y1} ${x2 - 35},${y2} ${x2 - 2},${y2}`;
        mid = { x: (x1 + x2) / 2 - 14, y: (y1 + y2) / 2 - 6 };
      }
      const cue = e.kind === 'credit' ? 'photo' : e.kind === 'cites' ? 'cites' : (e.evidence.cue || 'derived');
      const label = (e.from.name || '?') + ' to ' + (e.to.name || '?') + ': ' + cue + '. Show the evidence';
      const g = s('g', { class: 'edge ' + e.kind, tabindex: 0, role: 'button', 'aria-label': label, 'data-from': e.from.name || '', 'data-to': e.to.name || '',
        onclick: () => select(e), onkeydown: ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(e); } } },
      s('title', {}, label), s('path', { class: 'hit', d }), s('path', { class: 'line', d, 'marker-end': 'url(#arrow)' }),
      s('text', { x: mid.x, y: mid.y }, cue.length > 14 ? cue.slice(0, 13) + '…' : cue));
      svgEl.append(g);
    };
    textEdges.forEach(addEdge);
    credits.forEach(addEdge);
    for (const n of nodes.values()) {
      const b = box(n);
      const kind = n.label === 'Agency' && n.key && n.key.startsWith('story:') ? 'Agency story' : n.label === 'Credit' ? 'Credited' : n.label;
      const lines = wrap(n.name, Math.floor((b.w - 16) / 7), 2);
      const parts = [s('title', {}, kind + ': ' + n.name + (n.inferred ? ' (inferred)' : '')),
        s('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 8 }),
        s('text', { class: 'kind', x: b.x + 10, y: b.y + 16 }, kind + (n.inferred ? ' · inferred' : '')),
        lines.map((line, k) => s('text', { x: b.x + 10, y: b.y + 34 + k * 16 }, line))];
      const cls = 'node ' + n.label + (n.inferred ? ' inferred' : '');
      const linked = n.key && n.label !== 'Outlet';
      svgEl.append(linked ? s('a', { class: cls, href: n.label === 'Article' ? articleHref(n.key) : sourceHref(n.key) }, parts) : s('g', { class: cls }, parts));
    }
    return svgEl;
  }

  /** A name in at most {@code most} lines of {@code width} characters, the last cut with an ellipsis. */
  function wrap(name, width, most) {
    const lines = [];
    let line = '';
    for (const word of String(name).split(/\s+/)) {
      if (line && (line + ' ' + word).length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    }
    lines.push(line);
    const out = lines.slice(0, most).map(l => l.length > width ? l.slice(0, width - 1) + '…' : l);
    if (lines.length > most) {
      const last = out[most - 1];
      out[most - 1] = (last.length >= width ? last.slice(0, width - 1) : last) + '…';
    }
    return out;
  }

  /** Shows the evidence of one link and highlights its sentence in the article's text. */
  function showEvidence(edge, panel, textView, a, graphBox) {
    graphBox.querySelectorAll('.edge.active').forEach(x => x.classList.remove('active'));
    graphBox.querySelectorAll('.edge').forEach(x => {
      if (x.getAttribute('data-from') === (edge.from.name || '') && x.getAttribute('data-to') === (edge.to.name || '')) {
        x.classList.add('active');
      }
    });
    const e = edge.evidence || {};
    const title = edge.kind === 'credit' ? 'Photo credit: ' + edge.from.name
      : edge.kind === 'cites' ? edge.to.name + ' cites ' + edge.from.name
        : edge.to.name + ' took from ' + edge.from.name;
    const facts = [];
    const fact = (k, v) => { if (v !== undefined && v !== null && v !== '') { facts.push(h('dt', {}, k), h('dd', {}, String(v))); } };
    fact('cue', e.cue);
    fact('confidence', typeof e.confidence === 'number' ? e.confidence.toFixed(2) : e.confidence);
    fact('named as', e.mention);
    fact('relay', e.via);
    fact('credit line', e.credit);
    fact('evidence', Array.isArray(e.evidence) ? e.evidence.join(', ') : e.evidence);
    fact('sentences', e.support);
    fact('extractor', e.extractor);
    const parts = [h('h2', {}, 'Evidence'), h('h3', { id: 'evidence-title' }, title)];
    if (edge.kind === 'credit') {
      parts.push(h('blockquote', { class: 'sentence' }, e.caption || ''),
        h('p', { class: 'muted small' }, 'A picture caption, outside the article\'s text. A photo credit never makes the text derived from that agency.'));
      textView.highlight(-1, -1);
    } else if (e.sentence) {
      const at = textView.locate(e.sentence, e.start, e.end);
      parts.push(h('blockquote', { class: 'sentence' }, e.sentence));
      if (at) {
        textView.highlight(at[0], at[1], 'evidence of ' + title);
        parts.push(h('p', { class: 'muted small' }, 'Highlighted in the article\'s text.'));
      } else {
        textView.highlight(-1, -1);
        const others = (e.articles || []).filter(x => x !== a.id);
        parts.push(h('p', { class: 'muted small' }, 'This link rests on a sentence of another article',
          others.length ? [': ', others.map((x, i) => [i ? ', ' : '', h('a', { href: articleHref(x) }, x)])] : '', '.'));
      }
    } else {
      textView.highlight(-1, -1);
      parts.push(h('p', { class: 'muted' }, edge.kind === 'none' ? 'Nothing links this article to a source.' : 'This link carries no sentence.'));
    }
    if (facts.length) {
      parts.push(h('dl', { class: 'facts' }, facts));
    }
    panel.replaceChildren(...parts);
  }

  function showQuote(q, textView, panel) {
    const found = q.start !== null && q.start !== undefined ? textView.highlight(q.start, q.end, 'quote attributed to ' + (q.source || 'no one')) : false;
    panel.replaceChildren(h('h2', {}, 'Evidence'), h('h3', { id: 'evidence-title' }, 'Quote attributed to ' + (q.source || 'no one')),
      h('blockquote', { class: 'sentence' }, q.sentence || q.text),
      h('dl', { class: 'facts' }, [['words', q.text], ['source', q.source], ['named as', q.mention], ['via', q.via], ['cue', q.cue], ['kind', q.kind]]
        .filter(([, v]) => v).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      found ? h('p', { class: 'muted small' }, 'Highlighted in the article\'s text.') : null);
  }

  function quotesPanel(quotes, textView, evidence) {
    const top = quotes.filter(q => !q.nestedIn);
    return h('div', { class: 'panel', id: 'quotes' }, h('h2', {}, 'Quotes and their sources'),
      top.length === 0 ? h('p', { class: 'muted' }, 'The article attributes no content to anyone.') :
        h('ul', { class: 'plain' }, top.map(q => h('li', { class: 'quote-item' },
          h('button', { type: 'button', class: 'link', onclick: () => showQuote(q, textView, evidence) }, '“' + q.text.replace(/^["“”]+|["“”,]+$/g, '') + '”'),
          h('div', { class: 'small' }, '— ', q.sourceKey ? h('a', { href: sourceHref(q.sourceKey) }, q.source || q.sourceKey) : 'unattributed',
            q.via ? ' via ' + q.via : '', q.cue ? h('span', { class: 'muted' }, ' (' + q.cue + ')') : null,
            quotes.filter(n => n.nestedIn === q.key && n.source).map(n => h('span', { class: 'muted' }, '; inside, ' + n.source + ' for “' + n.text + '”')))))));
  }

  function variantsPanel(variants) {
    if (!variants.length) {
      return null;
    }
    return h('div', { class: 'panel', id: 'variants' }, h('h2', {}, 'The same quote, worded differently elsewhere'), LEGEND,
      h('ul', { class: 'plain' }, variants.map(v => {
        const earlier = v.later ? v.otherWording : v.wording;
        const later = v.later ? v.wording : v.otherWording;
        return h('li', {},
          h('div', { class: 'small muted' }, (v.source ? v.source + ' · ' : '') + 'here and in ',
            h('a', { href: articleHref(v.otherId) }, v.otherOutlet || v.otherId), ' (' + (v.later ? 'theirs is earlier' : 'this one is earlier') + ')'),
          h('div', { class: 'diff variant-diff' }, inlineDiff(earlier, later)));
      })));
  }

  function passagesPanel(reuse, textView, a) {
    if (!reuse.length) {
      return null;
    }
    return h('div', { class: 'panel', id: 'passages' }, h('h2', {}, 'Passages shared with other articles'),
      reuse.map(r => h('section', { class: 'pair' },
        h('h3', {}, h('a', { href: articleHref(r.otherId) }, r.otherOutlet || r.otherId), ': ', r.otherHeadline || ''),
        h('p', { class: 'small muted' }, r.meaning + ' · ' + percent(r.shared) + ' of this article, ' + percent(r.otherShared) + ' of that one'),
        r.passages.map(p => {
          const here = tokens(p.text);
          const there = tokens(p.otherText);
          const changed = changedWords(here, there);
          return h('div', { class: 'side-by-side' },
            h('div', { class: 'clickable', onclick: () => textView.highlight(p.start, p.end, 'shared passage') },
              h('span', { class: 'who' }, a.outlet || 'this article'), markedText(p.text, here, changed.a, 'here')),
            h('div', {}, h('span', { class: 'who' }, r.otherOutlet || 'the other article'), markedText(p.otherText, there, changed.b, 'there')));
        }))));
  }

  // ---- source view -----------------------------------------------------------------------------------------------

  async function source(params, key) {
    loading('the source');
    let lineage;
    try {
      lineage = (await api('/api/reports/sources/' + enc(key) + '?format=json')).body;
    } catch (e) {
      failure(e.status === 404 ? 'No source with key ' + key + '.' : e.message, h('p', {}, h('a', { href: '#/' }, 'Start again')));
      return;
    }
    const src = lineage.source;
    const descendants = [...lineage.descendants].sort((x, y) =>
      (x.published ? 0 : 1) - (y.published ? 0 : 1) || String(x.published).localeCompare(String(y.published)) || x.articleId.localeCompare(y.articleId));
    const byArticle = new Map();
    for (const d of descendants) {
      if (!byArticle.has(d.articleId)) {
        byArticle.set(d.articleId, []);
      }
      byArticle.get(d.articleId).push(d);
    }
    const timeline = h('ol', { class: 'timeline', id: 'timeline' });
    [...byArticle.values()].forEach((paths, k) => {
      const d = paths[0];
      timeline.append(h('li', { class: 'descendant' + (k === 0 ? ' first' : ''), 'data-outlet': d.outlet || '' },
        h('div', {}, h('span', { class: 'when' }, day(d.published)), ' · ', h('strong', {}, d.outlet || 'unknown outlet')),
        h('div', {}, h('a', { href: articleHref(d.articleId) }, d.headline || d.articleId)),
        paths.map(x => h('div', {}, chainLine(x.path)))));
    });
    const cites = lineage.cites || [];
    let published = null;
    if (src.label === 'Outlet' || src.label === 'Agency') {
      const page = (await api('/api/entities/' + enc(key) + '/published?size=50')).body;
      published = h('div', { class: 'panel', id: 'published' }, h('h2', {}, 'What it published'),
        page.items.length === 0 ? h('p', { class: 'muted' }, 'Nothing in the graph.') :
          h('ol', { class: 'timeline' }, page.items.map((x, k) => h('li', { class: k === 0 ? 'first' : '' },
            h('div', {}, h('span', { class: 'when' }, day(x.published)), x.kind === 'story' ? h('span', { class: 'muted' },
              x.inferred ? ' · a story, inferred from the articles that say they took from it' : ' · a story') : null),
            h('div', {}, h('a', { href: x.kind === 'article' ? articleHref(x.id) : sourceHref(x.id) }, x.title || x.id))))),
        page.totalElements > page.items.length ? h('p', { class: 'muted small' }, page.items.length + ' of ' + page.totalElements + ' shown') : null);
    }
    show(
      h('h1', {}, h('span', { class: 'badge ' + src.label }, src.label), src.name || src.key),
      h('p', { class: 'muted' }, [src.type, src.qid ? 'Wikidata ' + src.qid : null, src.aliases.length ? 'also named ' + src.aliases.join(', ') : null]
        .filter(Boolean).join(' · ')),
      cites.length ? h('div', { class: 'panel' }, h('h2', {}, 'What it rests on'),
        h('ul', { class: 'plain' }, cites.map(c => h('li', {}, h('span', { class: 'muted' }, c.relation.replace('_', ' ').toLowerCase() + ' '),
          h('a', { href: sourceHref(c.key) }, c.name || c.key), c.sentence ? h('div', { class: 'small muted' }, '“' + c.sentence + '”') : null)))) : null,
      published,
      published && byArticle.size === 0 ? null : h('div', { class: 'panel' }, h('h2', {}, 'Who carried it, through whom, when'),
        byArticle.size === 0 ? h('p', { class: 'muted' }, 'No article derives from it.') : timeline));
  }

  // ---- ingest ----------------------------------------------------------------------------------------------------

  async function ingest(params) {
    const status = h('div', { id: 'ingest-status', 'aria-live': 'assertive' });
    const field = (id, label, input, hint) => h('div', {}, h('label', { for: id }, label, hint ? h('span', { class: 'hint' }, ' ' + hint) : null), input);
    const text = h('textarea', { id: 'ingest-text', name: 'text', placeholder: 'Headline\n\nThe article\'s text, paragraph by paragraph.' });
    const fetchUrl = h('input', { id: 'ingest-fetch', name: 'fetch', type: 'url', placeholder: 'https://…', value: params.get('fetch') || '' });
    const outlet = h('input', { id: 'ingest-outlet', name: 'outlet', type: 'text' });
    const pageUrl = h('input', { id: 'ingest-url', name: 'url', type: 'url' });
    const published = h('input', { id: 'ingest-published', name: 'published', type: 'text', placeholder: '2024-03-14' });
    const token = h('input', { id: 'ingest-token', name: 'token', type: 'password', autocomplete: 'off', required: true, value: writeToken });
    const submit = h('button', { type: 'submit' }, 'Add to the graph');
    const form = h('form', { class: 'ingest panel', id: 'ingest-form' },
      field('ingest-text', 'Paste the article', text, '(headline first), or leave empty and give its address below'),
      field('ingest-fetch', 'Or fetch the page at', fetchUrl, '(public addresses only)'),
      h('div', { class: 'row' },
        field('ingest-outlet', 'Outlet', outlet, 'when the text does not say'),
        field('ingest-url', 'Page address', pageUrl, 'of the pasted text'),
        field('ingest-published', 'Published', published, 'ISO date')),
      field('ingest-token', 'Write token', token, '(printed when the server started, or HEADWATER_API_TOKEN)'),
      h('div', {}, submit), status);
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      writeToken = token.value.trim();
      const request = {};
      if (text.value.trim()) {
        request.text = text.value;
        if (pageUrl.value.trim()) {
          request.url = pageUrl.value.trim();
        }
      } else if (fetchUrl.value.trim()) {
        request.url = fetchUrl.value.trim();
      } else {
        status.replaceChildren(h('p', { class: 'panel error', role: 'alert' }, 'Paste the article\'s text, or give the address of its page.'));
        return;
      }
      if (outlet.value.trim()) {
        request.outlet = outlet.value.trim();
      }
      if (published.value.trim()) {
        request.published = published.value.trim();
      }
      submit.disabled = true;
      status.replaceChildren(h('p', { class: 'muted', role: 'status' }, 'Reading the article…'));
      try {
        const { body } = await api('/api/articles', {
          method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + writeToken }, body: JSON.stringify(request),
        });
        location.hash = articleHref(body.id);
      } catch (e) {
        status.replaceChildren(h('p', { class: 'panel error', role: 'alert' }, e.message));
      } finally {
        submit.disabled = false;
      }
    });
    show(h('h1', {}, 'Add an article'),
      h('p', {}, 'Headwater reads it, finds who it attributes what to, compares it with every article already here, and shows where it came from.'),
      form);
  }

  route();
})();

// Search under the header box and on the search page, on Pagefind's JS API. Pagefind picks the
// index of the page's <html lang>, so each language searches its own pages. This module and
// Pagefind load when a reader first focuses a search box (Search.astro), not with the page.

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(
    q: string,
    o: { filters: Record<string, string> },
  ): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> } | null>;
}

const BUNDLE = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

function pagefind(): Promise<Pagefind> {
  return (loading ??= import(/* @vite-ignore */ BUNDLE).then(async (pf: Pagefind) => {
    // Page length is not held against a page: code pages are long by nature, and a query for a
    // code's words should find its page before a short curated note that mentions them.
    // No web worker: the index is small, and the worker's script would add 12 KB to the first
    // search (and a worker-src to the CSP).
    await pf.options({ ranking: { pageLength: 0 }, noWorker: true });
    return pf;
  }));
}

/**
 * Two different three-digit numbers in a query ("486 600", "486 vs 600", "600と486") ask for a
 * comparison. Composed comparison pages are not in the index (they would only repeat the code
 * pages' facts), so the page is offered directly, for each protocol where it exists.
 */
function pairIn(query: string): [number, number] | null {
  const codes = [...new Set((query.match(/(?<!\d)[1-9]\d{2}(?!\d)/g) ?? []).map(Number))];
  if (codes.length !== 2) return null;
  const [a, b] = codes as [number, number];
  return a < b ? [a, b] : [b, a];
}

async function exists(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { method: 'HEAD' })).ok;
  } catch {
    return false;
  }
}

/** The protocols a search box covers, from its `data-protocols` ("sip:SIP http:HTTP"). */
function protocolsOf(form: HTMLFormElement): Array<{ protocol: string; label: string }> {
  return (form.dataset.protocols ?? '').split(' ').map((entry) => {
    const [protocol, label] = entry.split(':') as [string, string];
    return { protocol, label };
  });
}

async function comparisons(
  form: HTMLFormElement,
  query: string,
  only: string,
): Promise<Array<{ url: string; title: string; label: string }>> {
  const pair = pairIn(query);
  if (!pair) return [];
  const d = form.dataset;
  const found = await Promise.all(
    protocolsOf(form).map(async ({ protocol, label }) => {
      if (only && protocol !== only) return null;
      const url = `/${d.lang}/${protocol}/${pair[0]}-vs-${pair[1]}/`;
      const title = d
        .compareTitle!.replace('{protocol}', label)
        .replace('{a}', String(pair[0]))
        .replace('{b}', String(pair[1]));
      return (await exists(url)) ? { url, title, label } : null;
    }),
  );
  return found.filter((x) => x !== null);
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `text`, escaped, with each of `words` marked wherever it occurs (any case). */
function highlight(text: string, words: string[]): string {
  if (!words.length) return escape(text);
  const re = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'i');
  return text
    .split(re)
    .map((part, i) => (i % 2 ? `<mark>${escape(part)}</mark>` : escape(part)))
    .join('');
}

/** One result: protocol badge, code, name, gloss, one-line summary, and the matching words marked. */
function item(url: string, badge: string, head: string, summary = '', excerpt = ''): string {
  return (
    `<li><a href="${escape(url)}"><span class="result-head"><span class="badge">${escape(badge)}</span> ${head}</span>` +
    (summary && `<span class="result-summary">${summary}</span>`) +
    (excerpt && `<span class="result-excerpt">${excerpt}</span>`) +
    '</a></li>'
  );
}

function resultItem(r: PagefindResult, query: string): string {
  const m = r.meta;
  // The words Pagefind matched (marked in its excerpt) and the query's own words.
  const words = [
    ...new Set([...r.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((x) => x[1]!).concat(query.split(/\s+/))),
  ].filter((w) => w.length > 1);
  const head = m.code
    ? `<span class="result-code">${escape(m.code)}</span> <span class="result-title">${highlight(m.name ?? '', words)}</span>` +
      (m.gloss ? ` <span class="result-gloss">${highlight(m.gloss, words)}</span>` : '')
    : `<span class="result-title">${highlight(m.title ?? r.url, words)}</span>`;
  const summary = highlight(m.summary ?? '', words);
  // The excerpt shows why a page matched when its name and summary don't say.
  const shown = head + summary;
  return item(r.url, r.filters.protocol?.[0] ?? '', head, summary, shown.includes('<mark>') ? '' : r.excerpt);
}

export function attachSearch(form: HTMLFormElement): void {
  const input = form.querySelector('input')!;
  const box = form.querySelector<HTMLElement>('.search-results')!;
  const status = box.querySelector('.search-status')!;
  const list = box.querySelector('ul')!;
  const more = box.querySelector<HTMLButtonElement>('.search-more');
  const all = box.querySelector<HTMLAnchorElement>('.search-all');
  const d = form.dataset;
  const page = d.search === 'page';
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name=${name}]`)?.value ?? '';
  let latest = 0;
  let pending: Array<{ data(): Promise<PagefindResult> }> = [];
  let query = '';
  let offered: string[] = [];
  let repeated = 0;

  /** The search page's address for this query and these filters. */
  function address(): string {
    const params = new URLSearchParams({ q: input.value.trim() });
    for (const name of ['protocol', 'class']) if (select(name)) params.set(name, select(name));
    return `${d.pageUrl}?${params}`;
  }

  async function show(count: number): Promise<string[]> {
    const batch = pending.splice(0, count);
    if (more) more.hidden = pending.length === 0;
    // A comparison the query named is offered first; Pagefind may find it too (a curated one).
    const loaded = await Promise.all(batch.map((r) => r.data()));
    const found = loaded.filter((r) => !offered.includes(r.url));
    repeated += loaded.length - found.length;
    // A registered name typed whole ("Request Terminated") puts its code first: Pagefind's
    // scores count words, and another page can say "terminated" more often. Next come codes with
    // the query among their keywords: Pagefind splits a hiragana reading such as ふざい into
    // fragments that other pages share.
    const typed = (x?: string) => x?.toLowerCase().replace(/\s+/g, ' ').trim();
    const rank = (r: PagefindResult) =>
      typed(r.meta.name) === typed(query)
        ? 0
        : (r.meta.keywords ?? '').split(', ').some((k) => typed(k) === typed(query))
          ? 1
          : 2;
    return found
      .map((r, i) => ({ r, key: rank(r) * 1000 + i }))
      .sort((a, b) => a.key - b.key)
      .map(({ r }) => resultItem(r, query));
  }

  async function run(): Promise<void> {
    query = input.value.trim();
    const ticket = ++latest;
    if (page) history.replaceState(null, '', query ? address() : d.pageUrl);
    if (all) all.href = address();
    if (!query) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    status.textContent = d.loading ?? '';
    try {
      const protocol = select('protocol');
      const label = protocolsOf(form).find((p) => p.protocol === protocol)?.label;
      const filters = { ...(label && { protocol: label }), ...(select('class') && { class: select('class') }) };
      const [found, pairs] = await Promise.all([
        (await pagefind()).search(query, { filters }),
        comparisons(form, query, protocol),
      ]);
      if (ticket !== latest) return;
      pending = found?.results ?? [];
      offered = pairs.map((p) => p.url);
      repeated = 0;
      let total = pending.length + pairs.length;
      const items = await show(page ? 20 : 8);
      if (ticket !== latest) return;
      total -= repeated;
      status.textContent = total === 0 ? d.none! : total === 1 ? d.one! : d.many!.replace('{n}', String(total));
      list.innerHTML =
        pairs.map((p) => item(p.url, p.label, `<span class="result-title">${escape(p.title)}</span>`)).join('') +
        items.join('');
      // Which query these results answer, for readers of the DOM (and tests) racing the debounce.
      list.dataset.query = query;
    } catch {
      status.textContent = d.unavailable ?? '';
    }
  }

  more?.addEventListener('click', async () => {
    list.insertAdjacentHTML('beforeend', (await show(20)).join(''));
  });

  // Arrow keys move between the box and the results; Escape closes them.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  form.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && all.length) all[Math.min(at + 1, all.length - 1)]!.focus();
    else if (event.key === 'ArrowUp' && at >= 0) (at === 0 ? input : all[at - 1]!).focus();
    else if (event.key === 'Escape' && !box.hidden && !page) {
      box.hidden = true;
      input.focus();
    } else return;
    event.preventDefault();
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });

  // Enter on a bare number that one protocol registers goes straight to that code's page. Anything
  // else, a number both protocols register included: the header box opens the search page.
  async function submit(): Promise<void> {
    const code = /^\s*([1-9]\d{2})\s*$/.exec(input.value)?.[1];
    const pages = code ? protocolsOf(form).map(({ protocol }) => `/${d.lang}/${protocol}/${code}/`) : [];
    const found = (await Promise.all(pages.map(exists))).flatMap((ok, i) => (ok ? [pages[i]!] : []));
    if (found.length === 1) return location.assign(found[0]!);
    if (page) await run();
    else if (input.value.trim()) location.assign(address());
  }

  // The search page starts from its address: `?q=busy&protocol=sip&class=4xx`.
  if (page) {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const el of form.querySelectorAll('select')) el.value = params.get(el.name) ?? '';
  }
  // Words typed while this module loaded are searched now; otherwise Pagefind starts loading.
  if (input.value) void run();
  else void pagefind().catch(() => undefined);
  form.dataset.ready = '';
}

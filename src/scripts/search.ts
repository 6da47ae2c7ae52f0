// Search under the header box, on Pagefind's JS API. Pagefind picks the index of the page's
// <html lang>, so each language searches its own pages. Its code loads on first focus only.

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> } | null>;
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

async function comparisons(form: HTMLFormElement, query: string): Promise<Array<{ url: string; title: string }>> {
  const pair = pairIn(query);
  if (!pair) return [];
  const d = form.dataset;
  const found = await Promise.all(
    protocolsOf(form).map(async ({ protocol, label }) => {
      const url = `/${d.lang}/${protocol}/${pair[0]}-vs-${pair[1]}/`;
      const title = d
        .compareTitle!.replace('{protocol}', label)
        .replace('{a}', String(pair[0]))
        .replace('{b}', String(pair[1]));
      return (await exists(url)) ? { url, title } : null;
    }),
  );
  return found.filter((x) => x !== null);
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function attachSearch(form: HTMLFormElement): void {
  const input = form.querySelector('input')!;
  const box = form.querySelector<HTMLElement>('.search-results')!;
  const status = box.querySelector('.search-status')!;
  const list = box.querySelector('ul')!;
  const d = form.dataset;
  let latest = 0;

  async function run(): Promise<void> {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    status.textContent = d.loading ?? '';
    try {
      const [found, pairs] = await Promise.all([(await pagefind()).search(query), comparisons(form, query)]);
      const results = await Promise.all((found?.results ?? []).slice(0, 8).map((r) => r.data()));
      if (ticket !== latest) return;
      const total = (found?.results.length ?? 0) + pairs.length;
      status.textContent = total === 0 ? d.none! : total === 1 ? d.one! : d.many!.replace('{n}', String(total));
      list.innerHTML = [
        ...pairs.map(
          (p) => `<li><a href="${escape(p.url)}"><span class="result-title">${escape(p.title)}</span></a></li>`,
        ),
        ...results.map(
          (r) =>
            `<li><a href="${escape(r.url)}"><span class="result-title">${escape(r.meta.title ?? r.url)}</span>` +
            (r.meta.gloss ? ` <span class="result-gloss">${escape(r.meta.gloss)}</span>` : '') +
            `<span class="result-excerpt">${r.excerpt}</span></a></li>`,
        ),
      ].join('');
      // Which query these results answer, for readers of the DOM (and tests) racing the debounce.
      list.dataset.query = query;
    } catch {
      status.textContent = d.unavailable ?? '';
    }
  }

  // Arrow keys move between the box and the results; Escape closes them.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  form.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && all.length) all[Math.min(at + 1, all.length - 1)]!.focus();
    else if (event.key === 'ArrowUp' && at >= 0) (at === 0 ? input : all[at - 1]!).focus();
    else if (event.key === 'Escape' && !box.hidden) {
      box.hidden = true;
      input.focus();
    } else return;
    event.preventDefault();
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void pagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });

  // Enter on a bare registered number goes straight to that code's page (the first protocol
  // that has it); anything else shows the results.
  async function submit(): Promise<void> {
    const code = /^\s*([1-9]\d{2})\s*$/.exec(input.value)?.[1];
    for (const { protocol } of code ? protocolsOf(form) : []) {
      const url = `/${d.lang}/${protocol}/${code}/`;
      if (await exists(url)) return location.assign(url);
    }
    await run();
  }
}

/** `/` (outside a text field) and Ctrl+K or ⌘K focus the search box, as on most documentation sites. */
export function searchShortcuts(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !k) return;
    const input = document.querySelector<HTMLInputElement>('form[data-search] input');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

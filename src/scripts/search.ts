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
    // Comparison pages index only their title, at weight 0.5: with BM25's length normalisation
    // those short pages would outrank the code pages they name, so it is switched off.
    await pf.options({ ranking: { pageLength: 0 } });
    return pf;
  }));
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
      const found = await (await pagefind()).search(query);
      const results = await Promise.all((found?.results ?? []).slice(0, 8).map((r) => r.data()));
      if (ticket !== latest) return;
      const total = found?.results.length ?? 0;
      status.textContent = total === 0 ? d.none! : total === 1 ? d.one! : d.many!.replace('{n}', String(total));
      list.innerHTML = results
        .map(
          (r) =>
            `<li><a href="${escape(r.url)}"><span class="result-title">${escape(r.meta.title ?? r.url)}</span>` +
            (r.meta.gloss ? ` <span class="result-gloss">${escape(r.meta.gloss)}</span>` : '') +
            `<span class="result-excerpt">${r.excerpt}</span></a></li>`,
        )
        .join('');
      // Which query these results answer, for readers of the DOM (and tests) racing the debounce.
      list.dataset.query = query;
    } catch {
      status.textContent = d.unavailable ?? '';
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void pagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
}

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

// Front-matter strings (summary, when, fix) are one-line Markdown: only `code` spans are used in
// them, for header fields and methods in wire spelling. These two helpers are all they need.

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * HTML for a front-matter string: escaped, with `code` spans as <code>.
 * @example inlineHtml('Send `ACK` <now>') // 'Send <code>ACK</code> &lt;now&gt;'
 */
export function inlineHtml(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/**
 * Plain text for a front-matter string, for meta descriptions and other attributes.
 * @example plainText('Send `ACK` now') // 'Send ACK now'
 */
export function plainText(text: string): string {
  return text.replace(/`([^`]+)`/g, '$1');
}

// Front-matter strings (summary, when, fix, table notes) are one-line Markdown: only `code` spans
// (header fields and methods in wire spelling) and links are used in them. These two helpers are
// all they need.

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const LINK = /\[([^\]]+)\]\((https:\/\/[^\s)]+|\/[^\s)]*)\)/g;

/**
 * HTML for a front-matter string: escaped, with `code` spans as <code> and [text](url) links
 * (absolute https or site paths only).
 * @example inlineHtml('Send `ACK` <now>') // 'Send <code>ACK</code> &lt;now&gt;'
 * @example inlineHtml('[RFC 3261 §8](https://www.rfc-editor.org/rfc/rfc3261.html#section-8)')
 *   // '<a href="https://www.rfc-editor.org/rfc/rfc3261.html#section-8">RFC 3261 §8</a>'
 */
export function inlineHtml(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(LINK, '<a href="$2">$1</a>');
}

/**
 * Plain text for a front-matter string, for meta descriptions and other attributes.
 * @example plainText('Send `ACK` now') // 'Send ACK now'
 */
export function plainText(text: string): string {
  return text.replace(/`([^`]+)`/g, '$1').replace(LINK, '$1');
}

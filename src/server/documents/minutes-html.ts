import type { Block } from './model.js';

/**
 * The meeting minutes' sanitised HTML (meetings/sanitize-minutes.ts: p, br,
 * strong, em, u, s, h3, h4, ul, ol, li, blockquote, a) as the document
 * model's blocks: headings, paragraphs and lists. Inline formatting is
 * dropped, a link keeps its address in brackets, a nested list's items join
 * the outer list with a dash, a quote is a paragraph in quotation marks.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const tidy = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .trim();

export function minutesBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const lists: { ordered: boolean; items: string[] }[] = [];
  let text = '';
  let quote = false;
  let link: { href: string; start: number } | null = null;

  const flush = (): void => {
    const content = tidy(text);
    text = '';
    if (content === '') return;
    const list = lists.at(-1);
    if (list) list.items.push(lists.length > 1 ? `– ${content}` : content);
    else blocks.push({ kind: 'paragraph', text: quote ? `“${content}”` : content });
  };

  for (const match of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    const [, closing, rawTag, attributes, chars] = match;
    if (chars !== undefined) {
      text += decode(chars).replace(/\s+/g, ' ');
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    const open = closing !== '/';
    switch (tag) {
      case 'br':
        text += '\n';
        break;
      case 'p':
      case 'li':
        flush();
        break;
      case 'h3':
      case 'h4':
        if (open) flush();
        else {
          const content = tidy(text);
          text = '';
          if (content) blocks.push({ kind: 'heading', text: content });
        }
        break;
      case 'blockquote':
        flush();
        quote = open;
        break;
      case 'ul':
      case 'ol':
        flush();
        if (open) {
          // A nested list continues its parent's block.
          if (lists.length === 0) lists.push({ ordered: tag === 'ol', items: [] });
          else lists.push({ ordered: false, items: lists.at(-1)?.items ?? [] });
        } else {
          const list = lists.pop();
          if (list && lists.length === 0 && list.items.length > 0) {
            blocks.push({ kind: 'list', items: list.items, ordered: list.ordered });
          }
        }
        break;
      case 'a':
        if (open) {
          const href = /href="([^"]*)"/i.exec(attributes ?? '')?.[1];
          link = href ? { href: decode(href), start: text.length } : null;
        } else if (link) {
          const label = text.slice(link.start).trim();
          const address = link.href.replace(/^mailto:/, '');
          if (label !== address) text += ` (${address})`;
          link = null;
        }
        break;
      default:
        break; // strong, em, u, s: the text stays, the formatting goes
    }
  }
  flush();
  return blocks;
}

import sanitizeHtml from 'sanitize-html';

/**
 * Minutes are formatted text from the editor, stored and shown as HTML, so
 * they are cut down on the way in to an allowlist: paragraphs, line breaks,
 * bold, italic, underline, strike-through, two heading levels, lists, quotes
 * and links (http, https, mailto; always rel="noopener noreferrer"). Scripts,
 * images, frames, styles and event attributes are gone; their text is kept
 * where there is text, dropped where it is code (script, style).
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'u', 's', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
    b: 'strong',
    i: 'em',
    strike: 's',
    del: 's',
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
  },
};

const TEXT_ONLY: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {} };

/** The minutes as safe HTML; empty when there is no text in them (an empty editor sends "<p></p>"). */
export function sanitizeMinutes(html: string): string {
  const clean = sanitizeHtml(html, OPTIONS).trim();
  return hasText(clean) ? clean : '';
}

export function hasText(html: string): boolean {
  return sanitizeHtml(html, TEXT_ONLY).replace(/&nbsp;|\s/g, '').length > 0;
}

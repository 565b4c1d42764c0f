import type { Messages } from '../../i18n/da.js';
import { field, type DocumentField } from '../../versions/merge.js';

/** The minutes' text without its markup, to show two versions side by side. */
export const minutesText = (html: unknown): string =>
  String(html)
    .replace(/<\/(p|li|h\d)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

/** The minutes' fields for merging two saves (ADR 22): the text, and the decisions as one list. */
export function minutesFields(t: Messages): DocumentField[] {
  return [field(['minutesHtml'], t.meetings.minutesLabel, minutesText), field(['decisions'], t.meetings.decisions)];
}

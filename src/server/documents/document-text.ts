import type { DocumentModel } from './model.js';

/**
 * A document as plain text, block by block as the renderers lay it out: what the admin reads in
 * the preview before publishing (issue 11, point 3) and what tests compare with the rendered files.
 */
export function documentText(model: DocumentModel): string {
  const lines: string[] = [model.sender, `${model.date} · Reference: ${model.reference}`, '', model.title];
  if (model.subtitle) lines.push(model.subtitle);
  for (const block of model.blocks) {
    lines.push('');
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        lines.push(block.text);
        break;
      case 'facts':
        lines.push(...block.rows.map(([label, value]) => `${label}: ${value}`));
        break;
      case 'list':
        lines.push(...block.items.map((item) => `• ${item}`));
        break;
      case 'table':
        lines.push(block.header.join(' | '), ...block.rows.map((row) => row.join(' | ')));
        break;
      case 'signatures':
        lines.push(...block.parties.map((p) => `${p.label}: ${p.name}`));
        break;
    }
  }
  return lines.join('\n');
}

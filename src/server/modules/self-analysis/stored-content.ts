import {
  emptyInstitutionCapacity,
  emptySelfAnalysis,
  PrefilledFigures,
  SelfAnalysisContent,
} from '../../../shared/contracts/self-analysis.js';

/**
 * The jsonb of `self_analyses.content` (and of a kept edit): the content as
 * the contract describes it; once presented, also the figures Indsats held at
 * that moment, so the presentation keeps saying what it said. Read through
 * the contract's schema after filling in what a newer template added, so a
 * question added later reads as unanswered instead of failing.
 */
export interface StoredSelfAnalysis {
  content: SelfAnalysisContent;
  presentedFigures: PrefilledFigures | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` with every key of `template` it lacks, recursively through objects. */
function withTemplate(template: unknown, value: unknown): unknown {
  if (!isRecord(template) || !isRecord(value)) return value === undefined ? template : value;
  const filled: Record<string, unknown> = { ...value };
  for (const [key, part] of Object.entries(template)) filled[key] = withTemplate(part, value[key]);
  return filled;
}

function normalised(raw: unknown): unknown {
  const filled = withTemplate(emptySelfAnalysis(), raw);
  if (!isRecord(filled) || !isRecord(filled.capacity) || !isRecord(filled.capacity.institutions)) return filled;
  const institutions = Object.fromEntries(
    Object.entries(filled.capacity.institutions).map(([id, entry]) => [
      id,
      withTemplate(emptyInstitutionCapacity(), entry),
    ]),
  );
  return { ...filled, capacity: { ...filled.capacity, institutions } };
}

/** Content as stored or kept; throws when it does not parse (it was validated on the way in). */
export function parseContent(raw: unknown): SelfAnalysisContent {
  const { presentedFigures: _figures, ...rest } = isRecord(raw) ? raw : {};
  return SelfAnalysisContent.parse(normalised(rest));
}

export function parseStored(raw: unknown): StoredSelfAnalysis {
  const figures = isRecord(raw) ? raw.presentedFigures : undefined;
  return {
    content: parseContent(raw),
    presentedFigures: figures === undefined ? null : PrefilledFigures.parse(figures),
  };
}

export function toStored(
  content: SelfAnalysisContent,
  presentedFigures: PrefilledFigures | null = null,
): Record<string, unknown> {
  return presentedFigures ? { ...content, presentedFigures } : { ...content };
}

import { describe, expect, it } from 'vitest';
import {
  SelfAnalysisContent,
  emptyInstitutionCapacity,
  emptySelfAnalysis,
} from '../../../src/shared/contracts/self-analysis.js';
import {
  CONFLICT_ID,
  contentOf,
  institutionFigureId,
  listAddId,
  listItemId,
  municipalityFigureId,
  parseFigure,
  questionId,
  sameContent,
  targetOf,
  valuesOf,
} from '../../../web/src/pages/self-analysis/self-analysis-form.js';

const INST = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function savedContent(): SelfAnalysisContent {
  const content = emptySelfAnalysis();
  content.leadership = { ...content.leadership, direction: 'Fælles retning' };
  content.capacity.municipality.figures.consultantsFte = 2.5;
  content.capacity.institutions[INST] = {
    ...emptyInstitutionCapacity(),
    figures: { ...emptyInstitutionCapacity().figures, staff: 14 },
  };
  content.capacity.institutions[OTHER] = emptyInstitutionCapacity();
  content.strengths = ['Stærkt samarbejde'];
  return content;
}

describe('self-analysis form', () => {
  it('shows figures with a decimal comma and gives every institution of the course a row', () => {
    const values = valuesOf(savedContent(), [INST, '33333333-3333-4333-8333-333333333333']);
    expect(values.municipality.figures.consultantsFte).toBe('2,5');
    expect(values.municipality.figures.coordinatorHours).toBe('');
    expect(values.institutions[INST]?.figures.staff).toBe('14');
    expect(values.institutions['33333333-3333-4333-8333-333333333333']?.figures.staff).toBe('');
  });

  it('gives back the saved content when nothing is edited, and it passes the contract', () => {
    const saved = savedContent();
    const content = contentOf(valuesOf(saved, [INST, OTHER]), saved);
    expect(content).toEqual(saved);
    expect(SelfAnalysisContent.safeParse(content).success).toBe(true);
  });

  it('reads typed figures, and keeps the saved value of one that cannot be read', () => {
    const saved = savedContent();
    const values = valuesOf(saved, [INST]);
    values.municipality.figures.consultantsFte = '3,25';
    values.municipality.figures.languageAssessedShare = '101';
    values.institutions[INST]!.figures.staff = '14,5';
    values.institutions[INST]!.figures.pedagogueShare = '60';
    const content = contentOf(values, saved);
    expect(content.capacity.municipality.figures.consultantsFte).toBe(3.25);
    expect(content.capacity.municipality.figures.languageAssessedShare).toBeNull();
    expect(content.capacity.institutions[INST]?.figures.staff).toBe(14);
    expect(content.capacity.institutions[INST]?.figures.pedagogueShare).toBe(60);
    // An institution the form does not show keeps what was saved.
    expect(content.capacity.institutions[OTHER]).toEqual(saved.capacity.institutions[OTHER]);
  });

  it('bounds each figure by its unit', () => {
    expect(parseFigure('12', 'count')).toBe(12);
    expect(parseFigure('12,5', 'count')).toBe('invalid');
    expect(parseFigure('100', 'percent')).toBe(100);
    expect(parseFigure('100,5', 'percent')).toBe('invalid');
    expect(parseFigure('168', 'hours')).toBe(168);
    expect(parseFigure('169', 'hours')).toBe('invalid');
    expect(parseFigure('-1', 'fte')).toBe('invalid');
    expect(parseFigure(' ', 'fte')).toBeNull();
  });

  it('counts a change of spaces only as no change, and any other change as one', () => {
    const a = savedContent();
    const b = savedContent();
    b.strengths = ['  Stærkt samarbejde '];
    expect(sameContent(a, b)).toBe(true);
    b.strengths = ['Stærkt samarbejde', 'Ny'];
    expect(sameContent(a, b)).toBe(false);
  });

  it('finds the input a server field is about', () => {
    const values = valuesOf(savedContent(), [INST]);
    expect(targetOf('content.leadership.direction', values)).toBe(questionId('leadership', 'direction'));
    expect(targetOf('content.capacity.municipality.figures.coordinatorHours', values)).toBe(
      municipalityFigureId('coordinatorHours'),
    );
    expect(targetOf('content.capacity.municipality.note', values)).toBe(municipalityFigureId('note'));
    expect(targetOf(`content.capacity.institutions.${INST}.figures.staff`, values)).toBe(
      institutionFigureId(INST, 'staff'),
    );
    expect(targetOf(`content.capacity.institutions.${INST}.note`, values)).toBe(institutionFigureId(INST, 'note'));
    expect(targetOf('content.strengths.0', values)).toBe(listItemId('strengths', 0));
    expect(targetOf('content.strengths', values)).toBe(listItemId('strengths', 0));
    expect(targetOf('content.challenges', values)).toBe(listAddId('challenges'));
    expect(targetOf('conflicts', values)).toBe(CONFLICT_ID);
  });
});

import {
  INSTITUTION_FIGURES,
  MUNICIPALITY_FIGURES,
  PREFILLED_INSTITUTION_FIGURES,
  PREFILLED_MUNICIPALITY_FIGURES,
  type FigureUnit,
  type InstitutionFigureKey,
  type MunicipalityFigureKey,
  type PrefilledInstitutionKey,
  type PrefilledMunicipalityKey,
} from '../../../../src/shared/contracts/self-analysis.js';
import type { Messages } from '../../i18n/da.js';
import type { SelfAnalysis } from './api.js';

export interface EnteredFigure {
  key: string;
  label: string;
  unit: FigureUnit;
}

/** The capacity overview's parts in the template's order, in the current locale: the municipality, then each institution. */
export function capacityParts(t: Messages, sa: SelfAnalysis) {
  const s = t.selfAnalysis;
  const municipality = {
    id: 'municipality' as const,
    name: sa.municipalityName,
    heading: s.municipalityHeading(sa.municipalityName),
    prefilled: (Object.keys(PREFILLED_MUNICIPALITY_FIGURES) as PrefilledMunicipalityKey[]).map((key) => ({
      key,
      label: s.prefilledLabels.municipality[key],
      unit: PREFILLED_MUNICIPALITY_FIGURES[key].unit,
      figure: sa.prefilled.municipality[key],
    })),
    entered: (Object.keys(MUNICIPALITY_FIGURES) as MunicipalityFigureKey[]).map((key) => ({
      key,
      label: s.enteredLabels.municipality[key],
      unit: MUNICIPALITY_FIGURES[key].unit,
    })),
  };
  const institutions = sa.institutions.map((i) => ({
    id: i.id,
    name: i.name,
    heading: s.institutionHeading(i.name, s.kinds[i.kind] ?? i.kind),
    prefilled: (Object.keys(PREFILLED_INSTITUTION_FIGURES) as PrefilledInstitutionKey[]).map((key) => ({
      key,
      label: s.prefilledLabels.institution[key],
      unit: PREFILLED_INSTITUTION_FIGURES[key].unit,
      figure: sa.prefilled.institutions[i.id]?.[key],
    })),
    entered: (Object.keys(INSTITUTION_FIGURES) as InstitutionFigureKey[]).map((key) => ({
      key,
      label: s.enteredLabels.institution[key],
      unit: INSTITUTION_FIGURES[key].unit,
    })),
  }));
  return { municipality, institutions };
}

import type { ApplicationContent } from '../../../shared/contracts/applications.js';
import type { CoursePlan } from '../../../shared/contracts/courses.js';
import type { PrefilledFigure, PrefilledFigures } from '../../../shared/contracts/self-analysis.js';
import type { Queryable } from '../../db/client.js';
import { childCountOfMunicipality, childCounts, countInstitutions } from '../organisation/index.js';
import * as repo from './repository.js';

export interface CourseRef {
  id: string;
  municipalityCode: string;
  applicationId: string;
  plan: CoursePlan;
}

export interface CourseInstitution {
  id: string;
  name: string;
  kind: string;
}

export interface ApplicationFigures {
  content: ApplicationContent;
  /** When the application's figures were given: its submission, else its last save. */
  asOf: Date;
}

/**
 * The institutions of a course in its order: those of its working groups in
 * the plan's order, then any other the application selected – of the rows read
 * for it (repository.ts, institutionsOfCourse). With the application, whose
 * figures are prefilled.
 */
export function courseInstitutions(
  plan: CoursePlan,
  app: { content: ApplicationContent; submittedAt: Date | null; updatedAt: Date } | null,
  rows: CourseInstitution[],
): { institutions: CourseInstitution[]; application: ApplicationFigures | null } {
  const planIds = plan.workingGroups.flatMap((g) => g.institutionIds);
  const ids = [...new Set([...planIds, ...(app?.content.institutions.map((i) => i.institutionId) ?? [])])];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    institutions: ids.flatMap((id) => byId.get(id) ?? []),
    application: app ? { content: app.content, asOf: app.submittedAt ?? app.updatedAt } : null,
  };
}

const pendingWellBeing: PrefilledFigure = { value: null, source: 'well_being', asOf: null };

/**
 * The figures Indsats holds for the capacity overview, read now. Children are
 * counted through the organisation module's aggregate (indsats_child_counts,
 * a SECURITY DEFINER function that returns numbers only), the same path that
 * gives the coordinator counts, so no role here ever reads a child row – and
 * only for the institutions of a course the caller may see.
 */
export async function readPrefilledFigures(
  tx: Queryable,
  course: CourseRef,
  institutions: CourseInstitution[],
  application: ApplicationFigures | null,
  now: Date,
): Promise<PrefilledFigures> {
  const ids = institutions.map((i) => i.id);
  // One transaction, one connection: the queries run one after another.
  const children = await childCounts(tx, ids);
  const groups = await repo.groupCounts(tx, ids);
  const institutionsInMunicipality = await countInstitutions(tx, course.municipalityCode);
  const childrenInMunicipality = await childCountOfMunicipality(tx, course.municipalityCode);
  const readAt = now.toISOString();
  const held = (value: number): PrefilledFigure => ({ value, source: 'organisation', asOf: readAt });
  const applied = (value: number | null | undefined): PrefilledFigure => ({
    value: value ?? null,
    source: 'application',
    asOf: application ? application.asOf.toISOString() : null,
  });
  const sum = (counts: Map<string, number>) => ids.reduce((total, id) => total + (counts.get(id) ?? 0), 0);
  return {
    asOf: readAt,
    frozen: false,
    municipality: {
      institutionsInCourse: held(institutions.length),
      childrenInCourse: held(sum(children.byInstitution)),
      groupsInCourse: held(sum(groups)),
      institutionsInMunicipality: held(institutionsInMunicipality),
      childrenInMunicipality: held(childrenInMunicipality),
      familyDaycareShare: applied(application?.content.familyDaycareShare),
      wellBeing: pendingWellBeing,
    },
    institutions: Object.fromEntries(
      ids.map((id) => [
        id,
        {
          children: held(children.byInstitution.get(id) ?? 0),
          groups: held(groups.get(id) ?? 0),
          vulnerableFamiliesShare: applied(
            application?.content.institutions.find((i) => i.institutionId === id)?.vulnerableFamiliesShare,
          ),
          wellBeing: pendingWellBeing,
        },
      ]),
    ),
  };
}

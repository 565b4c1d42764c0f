import { eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.js';
import { trials } from '../../src/server/db/schema-course-work.js';
import { courseMeetings } from '../../src/server/db/schema.js';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';
import { registerDomainEventHandlers } from '../../src/server/event-handlers.js';
import { createCourseFromApplication } from '../../src/server/modules/courses/index.js';
import { buildInstitution } from './factories.js';
import { buildPerson } from './people.js';
import { buildRound, buildSubmittedApplication } from './round-factories.js';

export interface CourseValues {
  municipalityCode?: string;
  /** The course's consultant: a new one unless given (null = none yet). */
  consultantId?: string | null;
  /** The course's institutions: two new ones in the municipality unless given. */
  institutionIds?: string[];
  roundId?: string;
  courseStart?: string;
  courseEnd?: string;
}

export interface BuiltCourse {
  courseId: string;
  roundId: string;
  applicationId: string;
  institutionIds: string[];
  consultantId: string | null;
}

/**
 * A course of its own straight into the database, as if the agreement were
 * signed: a new round (default Aug 2027 – Jun 2028), a submitted application
 * with its institutions, its consultant, and the typical plan. Everything is
 * built for the test; nothing of the demo is used.
 */
export async function buildCourse(database: Database, values: CourseValues = {}): Promise<BuiltCourse> {
  const municipalityCode = values.municipalityCode ?? '0860';
  const roundId =
    values.roundId ??
    (await buildRound(database, {
      courseStart: values.courseStart ?? '2027-08-01',
      courseEnd: values.courseEnd ?? '2028-06-30',
    }));
  const institutionIds = values.institutionIds ?? [
    (await buildInstitution(database, { municipalityCode })).institution.id,
    (await buildInstitution(database, { municipalityCode })).institution.id,
  ];
  const applicationId = await buildSubmittedApplication(database, {
    roundId,
    municipalityCode,
    content: {
      institutions: institutionIds.map((institutionId) => ({
        institutionId,
        vulnerableFamiliesShare: 30,
        needDocumentation: 'Opgørelse',
      })),
    },
  });
  const consultantId =
    values.consultantId === undefined ? (await buildPerson(database, { role: 'consultant' })).id : values.consultantId;
  registerDomainEventHandlers(); // the course's meetings get their participants as in the app
  const courseId = await inMaintenanceTx(database.db, (tx) =>
    createCourseFromApplication(tx, { id: applicationId, roundId, municipalityCode, institutionIds, consultantId }),
  );
  if (!courseId) throw new Error('course not created');
  return { courseId, roundId, applicationId, institutionIds, consultantId };
}

/** The course's meetings straight from the database, in the plan's kinds. */
export function meetingsOf(database: Database, courseId: string) {
  return inMaintenanceTx(database.db, (tx) =>
    tx.select().from(courseMeetings).where(eq(courseMeetings.courseId, courseId)),
  );
}

/** An open trial agreed at a meeting (for its working group when the meeting is one), straight into the database. */
export async function buildTrial(
  database: Database,
  values: {
    meeting: { id: string; courseId: string; groupKey: string | null };
    createdBy: string;
    description?: string;
    createdAt?: Date;
  },
): Promise<string> {
  const [row] = await inMaintenanceTx(database.db, (tx) =>
    tx
      .insert(trials)
      .values({
        courseId: values.meeting.courseId,
        meetingId: values.meeting.id,
        groupKey: values.meeting.groupKey,
        description: values.description ?? 'Højtlæsning i små grupper',
        responsible: 'Stue 1',
        createdBy: values.createdBy,
        ...(values.createdAt ? { createdAt: values.createdAt } : {}),
      })
      .returning({ id: trials.id }),
  );
  return row!.id;
}

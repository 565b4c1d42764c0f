/**
 * Forms that never hide text (issue 11, point 5), beyond the application: the
 * course's self-analysis, meeting and trial texts. The web fields count against
 * the contract's limits (SELF_ANALYSIS_LIMITS, MEETING_LIMITS, TRIAL_LIMITS) and
 * never cut; here the server keeps a text of exactly that length whole and
 * refuses one character more, with a Danish message naming the field and both
 * lengths – and the refused save changes nothing.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { courseMeetings } from '../src/server/db/schema.js';
import { Meeting, MEETING_LIMITS } from '../src/shared/contracts/meetings.js';
import {
  emptySelfAnalysis,
  SELF_ANALYSIS_LIMITS,
  SelfAnalysis,
  type SelfAnalysisContent,
} from '../src/shared/contracts/self-analysis.js';
import { TRIAL_LIMITS } from '../src/shared/contracts/trials.js';
import { buildStaffedCourse } from './helpers/courses-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let coordinator: Agent;
let courseId: string;
let meetingId: string;

beforeAll(async () => {
  t = await startTestApp();
  const world = await buildStaffedCourse(t.database, { municipalityCode: '0101' });
  courseId = world.course.courseId;
  coordinator = await t.loginPerson(world.coordinator);
  const [sparring] = await inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select({ id: courseMeetings.id })
      .from(courseMeetings)
      .where(and(eq(courseMeetings.courseId, courseId), eq(courseMeetings.kind, 'sparring'))),
  );
  meetingId = sparring!.id;
});
afterAll(() => t.close());

interface Refusal {
  field: string;
  message: string;
}
const errorsOf = (res: { json: <T>() => T }) => res.json<{ errors: Refusal[] }>().errors;
const danish = (n: number) => n.toLocaleString('da-DK');

/** The pronoun each field's name takes in Danish ("Forkort det" of a neuter noun, "Forkort den" of a common one). */
const PRONOUN: Record<string, 'den' | 'det'> = {
  Punktet: 'det',
  Svaret: 'det',
  Bemærkningen: 'den',
  Dagsordenen: 'den',
  Stedet: 'det',
  Navnet: 'det',
  Beslutningen: 'den',
  Beskrivelsen: 'den',
  'Den ansvarlige': 'den',
};

/** One field refused, at `field`, by a message that names it (`subject`) with the limit and the length sent. */
function expectRefused(
  res: { statusCode: number; body: string; json: <T>() => T },
  field: string,
  subject: string,
  limit: number,
) {
  expect(res.statusCode, res.body).toBe(400);
  expect(errorsOf(res)).toEqual([
    {
      field,
      message: `${subject} må højst være ${danish(limit)} tegn, men er ${danish(limit + 1)} tegn. Forkort ${PRONOUN[subject]}`,
    },
  ]);
}

describe('the self-analysis', () => {
  const url = () => `/api/v1/courses/${courseId}/self-analysis`;
  const cases: {
    field: string;
    subject: string;
    limit: number;
    set: (c: SelfAnalysisContent, text: string) => void;
  }[] = [
    {
      field: 'content.strengths.0',
      subject: 'Punktet',
      limit: SELF_ANALYSIS_LIMITS.listItem,
      set: (c, text) => (c.strengths = [text]),
    },
    {
      field: 'content.leadership.direction',
      subject: 'Svaret',
      limit: SELF_ANALYSIS_LIMITS.answer,
      set: (c, text) => (c.leadership = { ...c.leadership, direction: text }),
    },
    {
      field: 'content.capacity.municipality.note',
      subject: 'Bemærkningen',
      limit: SELF_ANALYSIS_LIMITS.note,
      set: (c, text) => (c.capacity.municipality.note = text),
    },
  ];

  it('keeps every limited text at its limit whole and refuses one character more, naming the field', async () => {
    let baseVersion = 0;
    for (const { field, subject, limit, set } of cases) {
      const over = emptySelfAnalysis();
      set(over, 'æ'.repeat(limit + 1));
      expectRefused(await coordinator.put(url(), { baseVersion, content: over }), field, subject, limit);

      const atLimit = emptySelfAnalysis();
      set(atLimit, 'æ'.repeat(limit));
      const saved = await coordinator.put(url(), { baseVersion, content: atLimit });
      expect(saved.statusCode, saved.body).toBe(200);
      const analysis = SelfAnalysis.parse(saved.json());
      expect(baseVersion, `${field}: the refused save changed nothing`).toBe(analysis.version - 1);
      expect(JSON.stringify(analysis.content), field).toContain('æ'.repeat(limit));
      baseVersion = analysis.version;
    }
  });
});

describe('a meeting', () => {
  const url = (sub: string) => `/api/v1/meetings/${meetingId}${sub}`;
  const read = async () => Meeting.parse((await coordinator.get(url(''))).json());

  it('keeps agenda and place at their limits and refuses one character more', async () => {
    const { version } = await read();
    const good = { version, agenda: '', location: '' };
    const L = MEETING_LIMITS;
    expectRefused(
      await coordinator.put(url('/agenda'), { ...good, agenda: 'a'.repeat(L.agenda + 1) }),
      'agenda',
      'Dagsordenen',
      L.agenda,
    );
    expectRefused(
      await coordinator.put(url('/agenda'), { ...good, location: 's'.repeat(L.location + 1) }),
      'location',
      'Stedet',
      L.location,
    );
    expect((await read()).version, 'refused saves change nothing').toBe(version);
    const saved = await coordinator.put(url('/agenda'), {
      ...good,
      agenda: 'a'.repeat(L.agenda),
      location: 's'.repeat(L.location),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(Meeting.parse(saved.json())).toMatchObject({
      agenda: 'a'.repeat(L.agenda),
      location: 's'.repeat(L.location),
    });
  });

  it("keeps a guest's name at its limit and refuses one character more", async () => {
    const { version } = await read();
    const guest = (name: string) => ({ userId: null, name, participantRole: 'other', attended: null, hours: null });
    const limit = MEETING_LIMITS.participantName;
    expectRefused(
      await coordinator.put(url('/participants'), { version, participants: [guest('n'.repeat(limit + 1))] }),
      'participants.0.name',
      'Navnet',
      limit,
    );
    const saved = await coordinator.put(url('/participants'), { version, participants: [guest('n'.repeat(limit))] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(Meeting.parse(saved.json()).participants.map((p) => p.name)).toEqual(['n'.repeat(limit)]);
  });

  it('keeps a decision at its limit and refuses one character more', async () => {
    const limit = MEETING_LIMITS.decision;
    const minutes = (decisions: string[]) => ({ baseVersion: 0, minutesHtml: '<p>Referat</p>', decisions });
    expectRefused(
      await coordinator.put(url('/minutes'), minutes(['Godt', 'd'.repeat(limit + 1)])),
      'decisions.1',
      'Beslutningen',
      limit,
    );
    expect((await read()).minutes.version, 'a refused save changes nothing').toBe(0);
    const saved = await coordinator.put(url('/minutes'), minutes(['Godt', 'd'.repeat(limit)]));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(Meeting.parse(saved.json()).decisions).toEqual(['Godt', 'd'.repeat(limit)]);
  });

  it("keeps a trial's description and responsible at their limits and refuses one character more", async () => {
    const L = TRIAL_LIMITS;
    const good = { description: 'Fælles tjekliste ved overgange', responsible: 'Tovholderen' };
    expectRefused(
      await coordinator.post(url('/trials'), { ...good, description: 'b'.repeat(L.description + 1) }),
      'description',
      'Beskrivelsen',
      L.description,
    );
    expectRefused(
      await coordinator.post(url('/trials'), { ...good, responsible: 'r'.repeat(L.responsible + 1) }),
      'responsible',
      'Den ansvarlige',
      L.responsible,
    );
    expect((await read()).trials, 'refused trials are not agreed').toEqual([]);
    const agreed = await coordinator.post(url('/trials'), {
      description: 'b'.repeat(L.description),
      responsible: 'r'.repeat(L.responsible),
    });
    expect(agreed.statusCode, agreed.body).toBe(201);
    expect(agreed.json()).toMatchObject({
      description: 'b'.repeat(L.description),
      responsible: 'r'.repeat(L.responsible),
    });
  });
});

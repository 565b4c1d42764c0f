import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { meetingAttachments } from '../src/server/db/schema-course-work.js';
import { auditLog, files } from '../src/server/db/schema.js';
import { ListMeetingAttachmentsResponse, MeetingAttachment } from '../src/shared/contracts/meeting-attachments.js';
import { Course } from '../src/shared/contracts/courses.js';
import { Meeting } from '../src/shared/contracts/meetings.js';
import {
  docmFile,
  docxFile,
  docxWithVba,
  exeFile,
  jpegFile,
  multipartForm,
  oleFile,
  plainZip,
  pngFile,
  pptxFile,
  xlsxFile,
} from './helpers/attachment-files.js';
import { buildCourse, meetingsOf } from './helpers/course-factories.js';
import { buildPerson } from './helpers/people.js';
import { startTestApp, type Agent, type PersonAgent, type TestApp } from './helpers/test-app.js';
import { samplePdf } from './helpers/uploads.js';

/**
 * Meeting attachments (issue 11, point 8; ADR 30): slides, handouts and notes
 * checked by content, limited in size (1 MB here) and number (4 here), read
 * by whoever reads the meeting – an invited guest too – and changed by whoever
 * runs it. Another municipality gets 404; a role that does not run meetings 403.
 */
let t: TestApp;
let consultant: PersonAgent;
let coordinator: PersonAgent;
let chief: Agent;
let staff: Agent;
let guest: PersonAgent;
let uninvitedPartner: Agent;
let otherCoordinator: Agent;
let meetingIds: string[];
let courseId: string;

const list = (id: string) => `/api/v1/meetings/${id}/attachments`;
const one = (id: string) => `/api/v1/attachments/${id}`;

function upload(agent: Agent, meetingId: string, bytes: Buffer, filename: string, fields: Record<string, string> = {}) {
  return agent.request({ method: 'POST', url: list(meetingId), ...multipartForm({ bytes, filename }, fields) });
}

function filesOnDisk(dir = t.config.filesDir): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? filesOnDisk(join(dir, e.name)) : [e.name]))
      .sort();
  } catch {
    return [];
  }
}

/** What an upload leaves behind: attachment and file rows, files on disk, attachment audit rows. */
async function stored() {
  return inMaintenanceTx(t.database.db, async (tx) => ({
    attachments: (await tx.select().from(meetingAttachments)).length,
    files: (await tx.select().from(files).where(eq(files.purpose, 'meeting_attachment'))).length,
    disk: filesOnDisk(),
    audits: (await tx.select().from(auditLog)).filter((r) => r.action.startsWith('meeting.attachment')).length,
  }));
}

const auditsOf = (action: string, meetingId: string) =>
  inMaintenanceTx(t.database.db, async (tx) =>
    (await tx.select().from(auditLog).where(eq(auditLog.action, action))).filter((r) => r.entityId === meetingId),
  );

beforeAll(async () => {
  t = await startTestApp({ INDSATS_ATTACHMENT_MAX_MB: '1', INDSATS_ATTACHMENTS_PER_MEETING: '4' });
  const consultantPerson = await buildPerson(t.database, { role: 'consultant' });
  ({ courseId } = await buildCourse(t.database, { municipalityCode: '0860', consultantId: consultantPerson.id }));
  // The first steering-group meeting first (the guest's), then any others of the course.
  meetingIds = (await meetingsOf(t.database, courseId))
    .sort((a, b) => Number(b.kind === 'steering') - Number(a.kind === 'steering') || a.sequence - b.sequence)
    .map((m) => m.id);
  [consultant, coordinator, chief, staff, guest, uninvitedPartner, otherCoordinator] = await Promise.all([
    t.loginPerson(consultantPerson),
    t.loginAs('coordinator', { municipalityCode: '0860' }),
    t.loginAs('daycare_chief', { municipalityCode: '0860' }),
    t.loginAs('staff', { municipalityCode: '0860' }),
    t.loginAs('partner', { municipalityCode: '0860' }),
    t.loginAs('partner', { municipalityCode: '0860' }),
    t.loginAs('coordinator', { municipalityCode: '0217' }),
  ]);
  // The partner is invited to the first steering-group meeting: a guest there, nowhere else.
  const first = meetingIds[0] ?? '';
  const current = Meeting.parse((await coordinator.get(`/api/v1/meetings/${first}`)).json());
  const invited = await coordinator.put(`/api/v1/meetings/${first}/participants`, {
    version: current.version,
    participants: [
      { userId: guest.person.id, name: 'Sundhedsplejerske', participantRole: 'partner', attended: null, hours: null },
    ],
  });
  expect(invited.statusCode, invited.body).toBe(200);
});
afterAll(() => t.close());

describe('attaching files to a meeting', () => {
  it('takes each kind by its content, names it by its kind, lists it and audits the upload', async () => {
    const meetingId = meetingIds[1] ?? '';
    const cases = [
      { bytes: await samplePdf('Dagsorden'), filename: 'dagsorden.pdf', kind: 'pdf' },
      { bytes: await docxFile(), filename: 'oplæg.docx', kind: 'docx' },
      { bytes: pptxFile(), filename: 'slides.pptx', kind: 'pptx' },
      { bytes: xlsxFile(), filename: 'fremmøde.xlsx', kind: 'xlsx' },
    ] as const;
    for (const c of cases) {
      const res = await upload(coordinator, meetingId, c.bytes, c.filename);
      expect(res.statusCode, `${c.filename}: ${res.body}`).toBe(201);
      const a = MeetingAttachment.parse(res.json());
      expect(a).toMatchObject({ kind: c.kind, size: c.bytes.length, title: c.filename, mayDelete: true });
    }
    const listed = ListMeetingAttachmentsResponse.parse((await consultant.get(list(meetingId))).json());
    expect(listed.attachments.map((a) => a.kind)).toEqual(['pdf', 'docx', 'pptx', 'xlsx']);
    expect(listed.attachments[0]?.uploadedBy).toBe(coordinator.person.name);
    expect(listed).toMatchObject({ mayUpload: true, limits: { maxBytes: 1024 * 1024, maxCount: 4 } });
    const audits = await auditsOf('meeting.attachment_upload', meetingId);
    expect(audits).toHaveLength(4);
    expect(audits[0]?.details).toMatchObject({ kind: 'pdf', size: cases[0].bytes.length });

    // The fifth is one too many (the limit is 4 here), and nothing of it is kept.
    const before = await stored();
    const full = await upload(coordinator, meetingId, pngFile(), 'billede.png');
    expect(full.statusCode, full.body).toBe(409);
    expect(full.json<{ code: string }>().code).toBe('attachments_full');
    expect(await stored()).toEqual(before);
  });

  it('takes pictures, a title of its own, and a PDF whose name says otherwise as a PDF', async () => {
    const meetingId = meetingIds[2] ?? '';
    const png = await upload(consultant, meetingId, pngFile(), 'tavle.png', { title: 'Tavlen efter mødet' });
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json()).toMatchObject({ kind: 'png', title: 'Tavlen efter mødet', filename: 'tavle.png' });
    const jpeg = await upload(consultant, meetingId, jpegFile(), 'foto.jpg');
    expect(jpeg.json()).toMatchObject({ kind: 'jpeg', filename: 'foto.jpg' });
    const lying = await upload(consultant, meetingId, await samplePdf(), 'slides.docx');
    expect(lying.statusCode, lying.body).toBe(201);
    expect(lying.json()).toMatchObject({ kind: 'pdf', filename: 'slides.docx.pdf' });
  });

  it.each([
    {
      name: 'an .exe renamed .pdf',
      bytes: exeFile,
      filename: 'referat.pdf',
      status: 415,
      code: 'attachment_unsupported',
    },
    {
      name: 'a ZIP renamed .docx',
      bytes: plainZip,
      filename: 'noter.docx',
      status: 415,
      code: 'attachment_unsupported',
    },
    { name: 'a .docm', bytes: docmFile, filename: 'skabelon.docm', status: 422, code: 'attachment_macros' },
    {
      name: 'a .docx with a VBA project',
      bytes: docxWithVba,
      filename: 'oplæg.docx',
      status: 422,
      code: 'attachment_macros',
    },
    {
      name: 'an old or locked Office file',
      bytes: oleFile,
      filename: 'budget.xlsx',
      status: 422,
      code: 'attachment_encrypted',
    },
    {
      name: 'a PNG with a ZIP behind it',
      bytes: () => Buffer.concat([pngFile(), plainZip()]),
      filename: 'billede.png',
      status: 422,
      code: 'attachment_damaged',
    },
    {
      name: 'a PNG of 30,000 × 30,000',
      bytes: () => pngFile(30_000, 30_000),
      filename: 'stor.png',
      status: 422,
      code: 'attachment_image_size',
    },
    {
      name: 'a broken PDF',
      bytes: () => Buffer.from('%PDF-1.7\nikke mere'),
      filename: 'a.pdf',
      status: 422,
      code: 'attachment_damaged',
    },
  ])('refuses $name with a Danish message on the field, and keeps nothing', async (c) => {
    const before = await stored();
    const res = await upload(coordinator, meetingIds[3] ?? '', c.bytes(), c.filename);
    expect(res.statusCode, res.body).toBe(c.status);
    const problem = res.json<{ code: string; title: string; errors: { field: string; message: string }[] }>();
    expect(problem.code).toBe(c.code);
    expect(problem.title).toMatch(/[æøå]|fil|Fil/);
    expect(problem.errors[0]?.field).toBe('file');
    expect(await stored()).toEqual(before);
  });

  it('refuses a file over the size limit and a title with a control character, keeping nothing', async () => {
    const before = await stored();
    const big = Buffer.concat([await samplePdf(), Buffer.alloc(1024 * 1024 + 1)]);
    const res = await upload(coordinator, meetingIds[3] ?? '', big, 'stor.pdf');
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json()).toMatchObject({
      code: 'attachment_too_large',
      errors: [{ field: 'file', message: 'Må højst fylde 1 MB' }],
    });
    const title = await upload(coordinator, meetingIds[3] ?? '', pngFile(), 'a.png', { title: 'Slides\u001b[31m' });
    expect(title.statusCode, title.body).toBe(400);
    expect(title.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'title' }] });
    expect(await stored()).toEqual(before);
  });
});

describe('reading and deleting attachments', () => {
  let attachmentId: string;
  let bytes: Buffer;
  const meetingId = () => meetingIds[0] ?? '';

  beforeAll(async () => {
    bytes = await docxFile('Handout til gæsten');
    const res = await upload(coordinator, meetingId(), bytes, 'Håndout til gæst.docx');
    expect(res.statusCode, res.body).toBe(201);
    attachmentId = MeetingAttachment.parse(res.json()).id;
  });

  it('sends it as a download under its safe name, never inline, and audits the download', async () => {
    const res = await consultant.get(one(attachmentId));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Haandout til gaest.docx"; filename*=UTF-8''H%C3%A5ndout%20til%20g%C3%A6st.docx`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.rawPayload.equals(bytes)).toBe(true);
    const audits = await auditsOf('meeting.attachment_download', meetingId());
    expect(audits.at(-1)?.details).toMatchObject({ attachmentId });
    expect(audits.at(-1)?.details).not.toHaveProperty('readAs');
  });

  it('lets an invited guest list and download, but not attach; others get 404 or 403', async () => {
    const listed = ListMeetingAttachmentsResponse.parse((await guest.get(list(meetingId()))).json());
    expect(listed.mayUpload).toBe(false);
    expect(listed.attachments.find((a) => a.id === attachmentId)?.mayDelete).toBe(false);
    expect((await guest.get(one(attachmentId))).statusCode).toBe(200);
    const audits = await auditsOf('meeting.attachment_download', meetingId());
    expect(audits.at(-1)?.details).toMatchObject({ attachmentId, readAs: 'guest' });
    expect((await upload(guest, meetingId(), pngFile(), 'a.png')).statusCode).toBe(403);

    // Not invited, or another municipality: the meeting and its files do not exist for them.
    for (const outsider of [uninvitedPartner, otherCoordinator]) {
      expect((await outsider.get(list(meetingId()))).statusCode).toBe(404);
      expect((await outsider.get(one(attachmentId))).statusCode).toBe(404);
    }
    expect((await upload(otherCoordinator, meetingId(), pngFile(), 'a.png')).statusCode).toBe(404);
    expect((await otherCoordinator.delete(one(attachmentId))).statusCode).toBe(404);
    // The head of daycare and staff read the meeting but do not run it.
    expect((await chief.get(list(meetingId()))).statusCode).toBe(200);
    expect((await upload(chief, meetingId(), pngFile(), 'a.png')).statusCode).toBe(403);
    expect((await chief.delete(one(attachmentId))).statusCode).toBe(403);
    expect((await staff.delete(one(attachmentId))).statusCode).toBe(403);
  });

  it('is deleted by whoever runs the meeting: rows, bytes on disk, audited', async () => {
    const before = await stored();
    const res = await consultant.delete(one(attachmentId));
    expect(res.statusCode, res.body).toBe(204);
    const after = await stored();
    expect(after).toMatchObject({ attachments: before.attachments - 1, files: before.files - 1 });
    expect(after.disk).toHaveLength(before.disk.length - 1);
    expect((await coordinator.get(one(attachmentId))).statusCode).toBe(404);
    expect((await consultant.delete(one(attachmentId))).statusCode).toBe(404);
    const audits = await auditsOf('meeting.attachment_delete', meetingId());
    expect(audits).toHaveLength(1);
    expect(audits[0]?.details).toMatchObject({ attachmentId });
  });
});

describe('a meeting with attachments and the course plan', () => {
  it('keeps the meeting while it has attachments, and drops it with no file left once they are deleted', async () => {
    const planUrl = `/api/v1/courses/${courseId}/plan`;
    const readCourse = async () => Course.parse((await consultant.get(`/api/v1/courses/${courseId}`)).json());
    const before = await readCourse();
    const added = await consultant.put(planUrl, {
      version: before.version,
      plan: { ...before.plan, extra: [{ title: 'Ekstra møde om overgange' }] },
    });
    expect(added.statusCode, added.body).toBe(200);
    const extra = (await meetingsOf(t.database, courseId)).find((m) => m.kind === 'extra');
    if (!extra) throw new Error('the extra meeting was not added');
    const attached = await upload(coordinator, extra.id, pngFile(), 'overgange.png');
    expect(attached.statusCode, attached.body).toBe(201);

    const withExtra = await readCourse();
    const refused = await consultant.put(planUrl, {
      version: withExtra.version,
      plan: { ...withExtra.plan, extra: [] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { message: string }[] }>().errors[0]?.message).toContain('bilag');
    expect((await coordinator.get(one(MeetingAttachment.parse(attached.json()).id))).statusCode).toBe(200);

    expect((await coordinator.delete(one(MeetingAttachment.parse(attached.json()).id))).statusCode).toBe(204);
    const dropped = await consultant.put(planUrl, {
      version: withExtra.version,
      plan: { ...withExtra.plan, extra: [] },
      confirmed: true,
    });
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect((await meetingsOf(t.database, courseId)).some((m) => m.id === extra.id)).toBe(false);
  });
});

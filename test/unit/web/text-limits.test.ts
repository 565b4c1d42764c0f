import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_LIMITS, AgreementTerms } from '../../../src/shared/contracts/agreements.js';
import { ABSENCE_NOTE_MAX, CreateConsultantAbsenceRequest } from '../../../src/shared/contracts/calendar.js';
import { COURSE_PLAN_LIMITS, ExtraMeetingPlan, WorkingGroupPlan } from '../../../src/shared/contracts/courses.js';
import { SaveRoundScheduleSettingsRequest } from '../../../src/shared/contracts/course-schedule.js';
import { CHILD_LIMITS, ROUND_LIMITS, USER_LIMITS } from '../../../src/shared/contracts/field-limits.js';
import { CreateChildRequest, UpdateChildRequest } from '../../../src/shared/contracts/children.js';
import { CreateRoundRequest, UpdateRoundRequest } from '../../../src/shared/contracts/rounds.js';
import { CreateUserRequest, UpdateUserRequest } from '../../../src/shared/contracts/users.js';
import { ATTACHMENT_TITLE_MAX, AttachmentTitle } from '../../../src/shared/contracts/meeting-attachments.js';
import {
  ASSESSMENT_LIMITS,
  CriterionScore,
  DeclareConflictRequest,
} from '../../../src/shared/contracts/assessments.js';
import { DECISION_LIMITS, DecideRoundRequest } from '../../../src/shared/contracts/decisions.js';
import {
  MEETING_LIMITS,
  MinutesContent,
  ParticipantInput,
  SaveAgendaRequest,
} from '../../../src/shared/contracts/meetings.js';
import {
  InstitutionCapacity,
  SELF_ANALYSIS_LIMITS,
  SelfAnalysisContent,
} from '../../../src/shared/contracts/self-analysis.js';
import { AgreeTrialRequest, LogTrialRequest, TRIAL_LIMITS } from '../../../src/shared/contracts/trials.js';
import { da } from '../../../web/src/i18n/da.js';
import { cellId, participantsOf, type ParticipantDraft } from '../../../web/src/pages/meetings/participants-form.js';

/**
 * Issue 11, point 5: every limited field of the web client shows its limit and
 * a live count and keeps a longer text marked (the counted fields of
 * components/fields.tsx), never an input's `maxLength`, which cuts a paste
 * without a word; and each form's limit is the constant its contract checks.
 */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The most characters a string schema (possibly wrapped in default/optional) takes. */
interface StringSchema {
  maxLength?: number | null;
  def?: { innerType?: StringSchema };
}
function maxOf(schema: unknown): number | null {
  let s = schema as StringSchema;
  while (s.maxLength === undefined && s.def?.innerType) s = s.def.innerType;
  return s.maxLength ?? null;
}

describe('limited texts of the web client', () => {
  it('never cut a text with maxLength', () => {
    const cutting = sources('web/src').filter((file) => /\bmaxLength\s*=/.test(readFileSync(file, 'utf8')));
    expect(cutting).toEqual([]);
  });

  it('count against the limits their contracts check', () => {
    const pairs: [string, unknown, number][] = [
      ['self-analysis list item', SelfAnalysisContent.shape.strengths.element, SELF_ANALYSIS_LIMITS.listItem],
      ['self-analysis answer', SelfAnalysisContent.shape.leadership.shape.direction, SELF_ANALYSIS_LIMITS.answer],
      ['self-analysis note', InstitutionCapacity.shape.note, SELF_ANALYSIS_LIMITS.note],
      ['agenda', SaveAgendaRequest.shape.agenda, MEETING_LIMITS.agenda],
      ['location', SaveAgendaRequest.shape.location, MEETING_LIMITS.location],
      ['participant name', ParticipantInput.shape.name, MEETING_LIMITS.participantName],
      ['decision', MinutesContent.shape.decisions.element, MEETING_LIMITS.decision],
      ['trial description', AgreeTrialRequest.shape.description, TRIAL_LIMITS.description],
      ['trial responsible', AgreeTrialRequest.shape.responsible, TRIAL_LIMITS.responsible],
      ['trial log', LogTrialRequest.shape.reflection, TRIAL_LIMITS.logText],
      ['justification', CriterionScore.shape.justification, ASSESSMENT_LIMITS.justification],
      ['conflict note', DeclareConflictRequest.shape.note, ASSESSMENT_LIMITS.conflictNote],
      ['decision reason', DecideRoundRequest.shape.reason, DECISION_LIMITS.reason],
      ['letter reason', DecideRoundRequest.shape.letterReason, DECISION_LIMITS.letterReason],
      ['agreement contact', AgreementTerms.shape.agencyContactName, AGREEMENT_LIMITS.contactName],
      ['agreement e-mail', AgreementTerms.shape.agencyContactEmail, AGREEMENT_LIMITS.contactEmail],
      ['agreement commitment', AgreementTerms.shape.staffTime, AGREEMENT_LIMITS.commitment],
      ['working group name', WorkingGroupPlan.shape.name, COURSE_PLAN_LIMITS.groupName],
      ['extra meeting title', ExtraMeetingPlan.shape.title, COURSE_PLAN_LIMITS.extraTitle],
      ['attachment title', AttachmentTitle, ATTACHMENT_TITLE_MAX],
      ['absence note', CreateConsultantAbsenceRequest.shape.note, ABSENCE_NOTE_MAX],
      ['new user name', CreateUserRequest.shape.name, USER_LIMITS.name],
      ['user name', UpdateUserRequest.shape.name, USER_LIMITS.name],
      ['new child first name', CreateChildRequest.shape.firstName, CHILD_LIMITS.firstName],
      ['new child last name', CreateChildRequest.shape.lastName, CHILD_LIMITS.lastName],
      ['child first name', UpdateChildRequest.shape.firstName, CHILD_LIMITS.firstName],
      ['child last name', UpdateChildRequest.shape.lastName, CHILD_LIMITS.lastName],
      ['new round name', CreateRoundRequest.shape.name, ROUND_LIMITS.name],
      ['round name', UpdateRoundRequest.shape.name, ROUND_LIMITS.name],
      ['criterion', CreateRoundRequest.shape.criteria.element.shape.text, ROUND_LIMITS.text],
      ['requirement', CreateRoundRequest.shape.requirements.element.shape.text, ROUND_LIMITS.text],
      [
        'holiday week name',
        SaveRoundScheduleSettingsRequest.shape.holidayWeeks.element.shape.label,
        ROUND_LIMITS.holidayLabel,
      ],
    ];
    for (const [what, schema, limit] of pairs) expect(maxOf(schema), what).toBe(limit);
  });

  it("refuse a guest's name over the limit before sending, naming its length and the limit", () => {
    const limit = MEETING_LIMITS.participantName;
    const guest = (name: string): ParticipantDraft => ({
      key: 'guest-1',
      userId: null,
      name,
      participantRole: 'other',
      attended: '',
      hours: '',
    });
    expect(participantsOf([guest('n'.repeat(limit))], da).errors).toEqual([]);
    const { errors } = participantsOf([guest('n'.repeat(limit + 1))], da);
    expect(errors).toEqual([
      {
        target: cellId(0, 'name'),
        label: da.meetings.guestName(1),
        message: da.textLimit.tooLong(limit + 1, limit),
      },
    ]);
  });
});

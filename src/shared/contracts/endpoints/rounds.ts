import { Agreement, AgreementPreview, PreviewAgreementRequest, SendAgreementRequest } from '../agreements.js';
import {
  Application,
  CreateApplicationRequest,
  ListApplicationsQuery,
  ListApplicationsResponse,
  SaveApplicationRequest,
  SubmitApplicationRequest,
} from '../applications.js';
import {
  AssessmentView,
  DeclareConflictRequest,
  ListAssessmentTasksQuery,
  ListAssessmentTasksResponse,
  RoundScoresQuery,
  RoundScoresResponse,
  SaveAssessmentRequest,
  SubmitAssessmentRequest,
} from '../assessments.js';
import {
  ApplicationDecision,
  DecideRoundRequest,
  DecisionPreview,
  ListOutboxQuery,
  ListOutboxResponse,
  PublishDecisionRequest,
  RoundSelectionResponse,
} from '../decisions.js';
import { endpoint } from '../endpoint.js';
import {
  CreateRoundRequest,
  ListRoundsQuery,
  ListRoundsResponse,
  Round,
  SetAssessorsRequest,
  UpdateRoundRequest,
} from '../rounds.js';

/** Application rounds (issue 3). */
export const roundEndpoints = {
  list: endpoint({ method: 'GET', path: '/rounds', query: ListRoundsQuery, response: ListRoundsResponse }),
  create: endpoint({ method: 'POST', path: '/rounds', body: CreateRoundRequest, response: Round }),
  read: endpoint({ method: 'GET', path: '/rounds/:id', response: Round }),
  update: endpoint({ method: 'PATCH', path: '/rounds/:id', body: UpdateRoundRequest, response: Round }),
  setAssessors: endpoint({ method: 'PUT', path: '/rounds/:id/assessors', body: SetAssessorsRequest, response: Round }),
};

/** A municipality's application, its documents and agreement. */
export const applicationEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/applications',
    query: ListApplicationsQuery,
    response: ListApplicationsResponse,
  }),
  listInRound: endpoint({
    method: 'GET',
    path: '/rounds/:id/applications',
    query: ListApplicationsQuery,
    response: ListApplicationsResponse,
  }),
  create: endpoint({
    method: 'POST',
    path: '/rounds/:id/applications',
    body: CreateApplicationRequest,
    response: Application,
  }),
  read: endpoint({ method: 'GET', path: '/applications/:id', response: Application }),
  save: endpoint({ method: 'PUT', path: '/applications/:id', body: SaveApplicationRequest, response: Application }),
  submit: endpoint({
    method: 'POST',
    path: '/applications/:id/submit',
    body: SubmitApplicationRequest,
    response: Application,
  }),
  dismissConflict: endpoint({ method: 'DELETE', path: '/applications/:id/conflicts/:conflictId' }),
  directorCommitment: endpoint({ method: 'GET', path: '/applications/:id/director-commitment', file: true }),
  /** Multipart (field `file`), sent by upload.ts. */
  uploadDirectorCommitment: endpoint({
    method: 'PUT',
    path: '/applications/:id/director-commitment',
    response: Application,
  }),
  receipt: endpoint({ method: 'GET', path: '/applications/:id/receipt.pdf', file: true }),
  decision: endpoint({ method: 'GET', path: '/applications/:id/decision', response: ApplicationDecision }),
  letterPdf: endpoint({ method: 'GET', path: '/applications/:id/decision-letter.pdf', file: true }),
  letterDocx: endpoint({ method: 'GET', path: '/applications/:id/decision-letter.docx', file: true }),
  agreement: endpoint({ method: 'GET', path: '/applications/:id/agreement', response: Agreement }),
  sendAgreement: endpoint({
    method: 'POST',
    path: '/applications/:id/agreement',
    body: SendAgreementRequest,
    response: Agreement,
  }),
  agreementPdf: endpoint({ method: 'GET', path: '/applications/:id/agreement.pdf', file: true }),
  agreementDocx: endpoint({ method: 'GET', path: '/applications/:id/agreement.docx', file: true }),
  agreementSigned: endpoint({ method: 'GET', path: '/applications/:id/agreement/signed.pdf', file: true }),
  /** Multipart (field `file`), sent by upload.ts. */
  uploadAgreementSigned: endpoint({ method: 'PUT', path: '/applications/:id/agreement/signed', response: Agreement }),
  previewAgreement: endpoint({
    method: 'POST',
    path: '/applications/:id/agreement/preview',
    body: PreviewAgreementRequest,
    response: AgreementPreview,
  }),
};

/** The agency's side: assessments, scores, selection, decision and outbox. */
export const agencyEndpoints = {
  assessmentTasks: endpoint({
    method: 'GET',
    path: '/assessments',
    query: ListAssessmentTasksQuery,
    response: ListAssessmentTasksResponse,
  }),
  assessment: endpoint({ method: 'GET', path: '/applications/:id/assessment', response: AssessmentView }),
  saveAssessment: endpoint({
    method: 'PUT',
    path: '/applications/:id/assessment',
    body: SaveAssessmentRequest,
    response: AssessmentView,
  }),
  declareConflict: endpoint({
    method: 'PUT',
    path: '/applications/:id/assessment/conflict',
    body: DeclareConflictRequest,
    response: AssessmentView,
  }),
  submitAssessment: endpoint({
    method: 'POST',
    path: '/applications/:id/assessment/submit',
    body: SubmitAssessmentRequest,
    response: AssessmentView,
  }),
  scores: endpoint({
    method: 'GET',
    path: '/rounds/:id/scores',
    query: RoundScoresQuery,
    response: RoundScoresResponse,
  }),
  selection: endpoint({ method: 'GET', path: '/rounds/:id/selection', response: RoundSelectionResponse }),
  selectionXlsx: endpoint({ method: 'GET', path: '/rounds/:id/selection.xlsx', file: true }),
  decide: endpoint({
    method: 'PUT',
    path: '/rounds/:id/decision',
    body: DecideRoundRequest,
    response: RoundSelectionResponse,
  }),
  publish: endpoint({
    method: 'POST',
    path: '/rounds/:id/decision/publish',
    body: PublishDecisionRequest,
    response: RoundSelectionResponse,
  }),
  outbox: endpoint({ method: 'GET', path: '/outbox', query: ListOutboxQuery, response: ListOutboxResponse }),
  retryOutboxMessage: endpoint({ method: 'POST', path: '/outbox/:id/retry' }),
  decisionPreview: endpoint({ method: 'GET', path: '/rounds/:id/decision/preview', response: DecisionPreview }),
  decisionPreviewPdf: endpoint({
    method: 'GET',
    path: '/rounds/:id/decision/preview/:applicationId/letter.pdf',
    file: true,
  }),
  decisionPreviewDocx: endpoint({
    method: 'GET',
    path: '/rounds/:id/decision/preview/:applicationId/letter.docx',
    file: true,
  }),
};

import type { CoreMessages } from './da.core.js';

/** Numbers in the locale's style (thousands separators). */
const num = (n: number): string => new Intl.NumberFormat('en-GB').format(n);

/** English core texts: same keys as da.core.ts (the type says so). */
export const enCore: CoreMessages = {
  locale: 'en',
  intlLocale: 'en-GB',
  otherLocale: { code: 'da', name: 'Dansk', label: 'Læs tjenesten på dansk' },

  common: {
    appName: 'Indsats',
    appTagline: 'Targeted social interventions in daycare',
    authority: 'The National Board of Social Services',
    titleSuffix: 'Indsats',
    skipLink: 'Skip to main content',
    loading: 'Loading …',
    saving: 'Saving …',
    save: 'Save',
    cancel: 'Cancel',
    show: 'Show',
    search: 'Search',
    clear: 'Reset',
    close: 'Close',
    all: 'All',
    none: '–',
    yes: 'Yes',
    no: 'No',
    showMore: 'Show more',
    optional: ' (optional)',
    undated: 'No date yet',
    errorPrefix: 'Error: ',
    errorHeading: 'Something went wrong',
    networkError: 'We could not reach Indsats. Check your connection and try again.',
    unknownError: 'An unexpected error occurred. Please try again shortly.',
    correlationId: (id: string) => `Error id: ${id}`,
    tryAgain: 'Try again',
    breadcrumbs: 'Breadcrumb',
    alertLabels: { info: 'Information', success: 'Done', warning: 'Warning', error: 'Error' },
    fieldErrorsHeading: 'Please correct these fields:',
    tableScrollHint: 'The table is wider than the screen: scroll it sideways to see the rest.',
  },

  header: {
    mainMenu: 'Main menu',
    menu: 'Menu',
    closeMenu: 'Close menu',
    logOut: 'Log out',
    user: 'User',
    roleLabel: 'Active role',
    switchRole: 'Switch role',
    changePassword: 'Change password',
    sessions: 'Your sessions',
    switchRoleButton: 'Switch',
    roleSwitched: (role: string) => `You are now working as ${role}.`,
  },

  footer: {
    about:
      'Indsats is the platform of the National Board of Social Services and the municipalities for targeted social interventions in daycare and one-year advisory courses.',
    apiDocs: 'API documentation',
    accessibility: 'Accessibility statement',
    privacy: 'Privacy policy',
    contact: 'Contact',
    danishOnly: 'This page is available in Danish only.',
  },

  nav: {
    home: 'My tasks',
    municipalities: 'Municipalities',
    institutions: 'Daycare',
    children: 'Children',
    users: 'Users',
    audit: 'Audit log',
    rounds: 'Application rounds',
    applications: 'Applications',
    courses: 'Courses',
    calendar: 'Calendar',
    assessments: 'Assessments',
    outbox: 'Outbox',
  },

  roles: {
    national_admin: 'Programme administrator (National Board of Social Services)',
    consultant: 'Practice consultant',
    assessor: 'Assessor',
    coordinator: 'Municipal coordinator',
    daycare_chief: 'Head of daycare',
    daycare_leader: 'Daycare leader',
    staff: 'Pedagogical staff',
    partner: 'Partner',
    evaluator: 'External evaluator',
  },

  kinds: {
    nursery: 'Nursery',
    kindergarten: 'Kindergarten',
    integrated: 'Integrated daycare',
    family_daycare: 'Family daycare',
  },

  login: {
    title: 'Log in',
    intro:
      'Log in with the e-mail and password you received from your municipality or the National Board of Social Services.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in …',
    expired: 'Your session has expired. Log in again to continue.',
    loggedOut: 'You are logged out.',
    throttled: (seconds: number) => `Too many failed attempts. Wait ${seconds} seconds and try again.`,
    missing: 'Enter both e-mail and password.',
    forgot: 'Forgot your password?',
    passwordSet: 'Your password is saved. Log in with it now.',
  },

  pagination: {
    label: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    page: (n: number) => `Page ${n}`,
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
    showing: (from: number, to: number, total: number) => `Showing ${from}–${to} of ${total}`,
    shown: (n: number, more: boolean) => (more ? `Showing the first ${n}` : `Showing all ${n}`),
    showingOver: (from: number, to: number, total: number) =>
      `Showing ${from}–${to} of more than ${new Intl.NumberFormat('en-GB').format(total)}`,
  },

  errors: {
    forbiddenTitle: 'You do not have access',
    forbiddenText:
      'Your role does not give access to this page. If you hold several roles, you can switch role at the top of the page. Otherwise, contact your municipality’s coordinator.',
    notFoundTitle: 'Page not found',
    notFoundText:
      'We could not find the page you are looking for. The address may be wrong, or the page may have moved or been deleted.',
    goHome: 'Go to the home page',
    problems: {
      unauthenticated: 'You need to log in to continue.',
      session_expired: 'Your session has expired. Log in again.',
      login_failed: 'The e-mail or password is incorrect.',
      login_throttled: 'Too many failed attempts. Wait a little and try again.',
      forbidden: 'You do not have access to this action.',
      csrf_invalid: 'The request lacks a valid security token. Reload the page and try again.',
      role_not_held: 'You do not hold the selected role.',
      password_change_required: 'Choose your own password before you continue.',
      password_link_invalid:
        'The link no longer works: it has been used, has expired or was replaced by a newer one. Ask for a new one.',
      session_is_current: 'You end the session you are using by logging out.',
      account_out_of_reach:
        'The user holds roles you cannot grant, so you cannot change them. Contact the National Board of Social Services.',
      self_management: 'You cannot grant yourself roles or set your own password here.',
      wrong_password: 'The current password is incorrect.',
      not_found: 'We could not find what you are looking for.',
      validation_failed: 'Some fields are not filled in correctly.',
      invalid_assignment: 'The role assignment does not fit together.',
      version_conflict:
        'Someone else changed this while you were editing. Load the latest version and make your change again.',
      email_taken: 'A user with this e-mail already exists.',
      assignment_exists: 'The user already has this role.',
      last_assignment: 'A user must have at least one role. Deactivate the user instead.',
      self_analysis_presented:
        'The self-analysis has been presented and cannot be changed. Reopen it first if it needs changing.',
      self_analysis_not_presented: 'The self-analysis has not been presented, so there is nothing to reopen.',
      kept_edit_open: 'A separate version has not been settled yet. Choose a version first.',
      internal:
        'Something went wrong on our side. Try again shortly. Contact support with the error id if it continues.',
      unavailable: 'The service is temporarily unavailable.',
      attachment_unsupported:
        'This file type cannot be attached. Attach a PDF, Word (.docx), PowerPoint (.pptx), Excel (.xlsx) or a picture (PNG, JPEG).',
      attachment_damaged:
        'The file is damaged or not what it claims to be. Save or export it again and attach the new file.',
      attachment_macros:
        'The file contains macros, ActiveX controls or embedded programs and cannot be attached. Save it as an ordinary document (.docx, .pptx or .xlsx).',
      attachment_encrypted:
        'The file is password-protected or in an old Office format (.doc, .xls, .ppt). Remove the password, or save it as .docx, .pptx or .xlsx.',
      attachment_image_size:
        'The picture is too large (at most 20,000 pixels a side and 150 megapixels). Save it smaller.',
      attachment_too_large: 'The file is too large to attach.',
      attachments_full: 'The meeting has as many attachments as it can have. Delete one before attaching another.',
    },
  },

  taskCount: (count: number) => `${count} ${count === 1 ? 'task' : 'tasks'}`,
  textLimit: {
    limit: (max: number) => `At most ${num(max)} characters.`,
    count: (n: number, max: number) => `${num(n)} / ${num(max)} characters`,
    spoken: (n: number, max: number) =>
      n > max
        ? `${num(n - max)} characters too many. At most ${num(max)}.`
        : `${num(max - n)} of ${num(max)} characters left.`,
    tooLong: (n: number, max: number) =>
      `The text is ${num(n)} characters, but may be at most ${num(max)}. Shorten it by ${num(n - max)} characters – nothing has been cut, and the field is not saved until the text is short enough.`,
  },
};

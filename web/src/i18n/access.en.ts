import type { accessDa } from './access.da.js';

/** The panel "Who can see this?" in English. */
export const accessEn: typeof accessDa = {
  readersTitle: 'Who can see this?',
  readersIntro:
    'The people who can read this page, and why – worked out by the same access rules the server applies when they open it. Your viewing of the list is logged.',
  readersCaption: 'People who can see this',
  name: 'Name',
  reason: 'Why',
  counted: (n, role) => (n === 1 ? `1 national administrator (${role})` : `${n} national administrators (${role})`),
  countedOther: (n, role) => `${n} × ${role}`,
  readByRole: 'Can see every record of this kind',
  noReaders: 'Nobody besides the national administrators.',
  more: (n) => (n === 1 ? 'and 1 more person not shown.' : `and ${n} more people not shown.`),
  inMunicipality: (role, municipality) => `${role} in ${municipality} Municipality`,
  assignment: {
    course_consultant: (role) => `${role} assigned to the course`,
    round_assessor: (role) => `${role} of the application round`,
    working_group: (role) => `${role} in the meeting's working group`,
    course_institution: (role) => `${role} at an institution in the course`,
    institution: (role) => `${role} at their own institution`,
  },
  invitation: (role) => `Invited to the meeting (${role})`,
};

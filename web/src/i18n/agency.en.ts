import type { AgencyMessages } from './agency.da.js';

export const agencyEn: AgencyMessages = {
  assessmentsTitle: 'Assessments',
};

import type { ApplicationsMessages } from './applications.da.js';

export const applicationsEn: ApplicationsMessages = {
  title: 'Applications',
};

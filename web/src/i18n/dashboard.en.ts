import type { DashboardMessages } from './dashboard.da.js';

export const dashboardEn: DashboardMessages = {
  title: '',
};

/** Texts of the dashboard pages (issue 4). en.ts's counterpart must have the same shape. */
export const dashboardDa = {
  title: '',
};
export type DashboardMessages = typeof dashboardDa;

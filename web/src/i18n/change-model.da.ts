/** Texts of the change-model pages (issue 4). en.ts's counterpart must have the same shape. */
export const changeModelDa = {
  title: '',
};
export type ChangeModelMessages = typeof changeModelDa;

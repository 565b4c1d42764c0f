import type { ChangeModelMessages } from './change-model.da.js';

export const changeModelEn: ChangeModelMessages = {
  title: '',
};

import { fileSize, type AttachmentsMessages } from './attachments.da.js';

export const attachmentsEn: AttachmentsMessages = {
  heading: 'Attachments',
  intro:
    'Slides, presentations, handouts and notes for the meeting. Everyone who can see the meeting can download them.',
  none: 'The meeting has no attachments yet.',
  caption: 'The meeting’s attachments',
  title: 'Title',
  kind: 'File type',
  size: 'Size',
  uploadedBy: 'Attached by',
  uploadedAt: 'When',
  actions: 'Actions',
  kinds: {
    pdf: 'PDF',
    docx: 'Word',
    pptx: 'PowerPoint',
    xlsx: 'Excel',
    png: 'Picture (PNG)',
    jpeg: 'Picture (JPEG)',
  },
  download: (title) => `Download ${title}`,
  fileSize: (bytes) => fileSize('en-GB', bytes),

  uploadHeading: 'Attach a file',
  fileLabel: 'File',
  fileHint: (maxBytes) =>
    `PDF, Word (.docx), PowerPoint (.pptx), Excel (.xlsx) or a picture (PNG, JPEG), at most ${fileSize('en-GB', maxBytes)}. Files with macros or a password cannot be attached.`,
  titleLabel: 'Title',
  titleHint: 'The file’s name is used if you give no title. At most 200 characters.',
  upload: 'Attach',
  uploading: 'Attaching …',
  progress: 'Sent',
  chooseFile: 'Choose a file to attach',
  tooLarge: (name, maxBytes) => `“${name}” is too large. An attachment may be at most ${fileSize('en-GB', maxBytes)}.`,
  refused: (name, reason) => `“${name}” was not attached: ${reason}`,
  uploaded: (title) => `“${title}” is attached.`,
  full: (max) => `The meeting has ${max} attachments, the most it can have. Delete one before attaching another.`,

  remove: 'Delete',
  removeLabel: (title) => `Delete ${title}`,
  removeHeading: 'Delete the attachment?',
  removeText: (title) => `“${title}” is removed from the meeting, and no one can download it any more.`,
  removeConfirm: 'Yes, delete it',
  removed: (title) => `“${title}” is deleted.`,
};

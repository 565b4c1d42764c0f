import type { AttachmentKind } from '../../../shared/contracts/meeting-attachments.js';
import { AppError } from '../../core/errors.js';
import { checkJpeg, checkPng, isJpeg, isPng } from './image-check.js';
import { checkOoxml, isZip } from './ooxml-check.js';
import { assertPdf } from './pdf-check.js';

/**
 * What an attached file is, by its content alone (ADR 30): a PDF (the plain
 * PDFs of ADR 14, checked in the PDF worker), a Word, PowerPoint or Excel
 * document (ooxml-check.ts), or a PNG or JPEG picture (image-check.ts).
 * Anything else is refused, naming why, in the field `file`: an .exe or a
 * plain ZIP whatever its name, an old binary or a password-protected Office
 * file (an OLE compound file), a macro-enabled document, a broken picture.
 */
const OLE_COMPOUND = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

type AttachmentRefusal =
  | 'attachment_unsupported'
  | 'attachment_damaged'
  | 'attachment_macros'
  | 'attachment_encrypted'
  | 'attachment_image_size';

const messages: Record<AttachmentRefusal, string> = {
  attachment_unsupported: 'Filtypen kan ikke vedhæftes',
  attachment_damaged: 'Filen er beskadiget eller ikke det, den giver sig ud for',
  attachment_macros: 'Filen indeholder makroer eller aktivt indhold',
  attachment_encrypted: 'Filen er beskyttet med adgangskode eller i et gammelt Office-format',
  attachment_image_size: 'Billedet er for stort',
};

function refuse(code: AttachmentRefusal): AppError {
  return new AppError(code, { errors: [{ field: 'file', message: messages[code] }] });
}

export async function checkAttachment(bytes: Buffer): Promise<AttachmentKind> {
  if (bytes.length === 0) throw new AppError('file_missing');
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    try {
      await assertPdf(bytes);
    } catch (err) {
      // A file that starts like a PDF but no PDF reader can open: damaged, not "not a PDF".
      if (err instanceof AppError && err.code === 'unsupported_file') throw refuse('attachment_damaged');
      throw err;
    }
    return 'pdf';
  }
  if (isPng(bytes) || isJpeg(bytes)) {
    const image = isPng(bytes) ? checkPng(bytes) : checkJpeg(bytes);
    if (image.ok) return image.kind;
    throw refuse(image.reason === 'dimensions' ? 'attachment_image_size' : 'attachment_damaged');
  }
  if (isZip(bytes)) {
    const office = checkOoxml(bytes);
    if (office.ok) return office.kind;
    switch (office.reason) {
      case 'macros':
        throw refuse('attachment_macros');
      case 'damaged':
        throw refuse('attachment_damaged');
      case 'not_office':
        throw refuse('attachment_unsupported');
    }
  }
  if (bytes.subarray(0, 8).equals(OLE_COMPOUND)) throw refuse('attachment_encrypted');
  throw refuse('attachment_unsupported');
}

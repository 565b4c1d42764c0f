import { unzipSync } from 'fflate';

/**
 * Word, PowerPoint and Excel files (Office Open XML) are ZIP packages; what
 * kind of document one is, is said inside it – never by its name (ADR 30).
 * The package's own relationship (`_rels/.rels`) names the main part, and
 * `[Content_Types].xml` gives that part's type: a Word document's main part
 * is `…wordprocessingml.document.main+xml`, and so on. Only those two small
 * parts are unpacked (each at most 1 MB); the rest of the package is read
 * from the ZIP's directory only, never inflated here.
 *
 * Refused:
 * - macro-enabled documents (.docm, .pptm, .xlsm, .xlsb: a `macroEnabled`
 *   main type) and any package that carries a VBA project, ActiveX controls
 *   or OLE objects (the "package" objects that deliver programs inside an
 *   Office file) – even under an ordinary .docx main type;
 * - templates, slide shows and other Office types than the three (say which
 *   you meant by saving it as .docx, .pptx or .xlsx);
 * - a ZIP that is not an Office document, or whose entries use another
 *   method than stored or deflate (AES-encrypted entries use method 99);
 * - more than 10,000 entries, or entries that claim to unpack to more than
 *   100 × the file's size (at least 64 MB, at most 1 GB): a bomb for the
 *   reader who opens it. The sizes are those the ZIP declares, as Office's
 *   own reader trusts them.
 * A password-protected Office file is not a ZIP at all (it is an OLE
 * compound file, like the old .doc), and is refused before it gets here.
 */
export type OoxmlKind = 'docx' | 'pptx' | 'xlsx';
export type OoxmlVerdict = { ok: true; kind: OoxmlKind } | { ok: false; reason: 'not_office' | 'macros' | 'damaged' };

const MAIN_TYPES: Record<string, OoxmlKind> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': 'docx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': 'pptx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
};

const OFFICE_DOCUMENT_RELATIONSHIPS = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
]);

/** Content types of active content: macros (VBA), ActiveX controls, OLE objects. */
const ACTIVE_TYPE = /macroenabled|vbaproject|vbadata|activex|oleobject|ms-office\.vba/i;
/** Part names of the same, whatever the content types say. */
const ACTIVE_PART = /(^|\/)(vbaproject\.bin|vbadata\.xml)$|(^|\/)activex\/|(^|\/)embeddings\/[^/]*\.bin$/i;

const MAX_ENTRIES = 10_000;
const MAX_SMALL_PART = 1024 * 1024;
const MB = 1024 * 1024;

export const isZip = (bytes: Buffer) => bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

export function checkOoxml(bytes: Buffer): OoxmlVerdict {
  if (!isZip(bytes)) return { ok: false, reason: 'not_office' };
  const names: string[] = [];
  let declared = 0;
  let badMethod = false;
  let small: Record<string, Uint8Array>;
  try {
    small = unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        if (names.length > MAX_ENTRIES) throw new Error('too many entries');
        declared += entry.originalSize;
        if (entry.compression !== 0 && entry.compression !== 8) badMethod = true;
        return (
          (entry.name === '[Content_Types].xml' || entry.name === '_rels/.rels') &&
          entry.originalSize <= MAX_SMALL_PART &&
          !badMethod
        );
      },
    });
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (badMethod || declared > Math.min(1024 * MB, Math.max(64 * MB, 100 * bytes.length)))
    return { ok: false, reason: 'damaged' };
  const typesXml = small['[Content_Types].xml'];
  const relsXml = small['_rels/.rels'];
  if (!typesXml || !relsXml) return { ok: false, reason: 'not_office' };
  const types = contentTypes(Buffer.from(typesXml).toString('utf8'));
  const main = mainPart(Buffer.from(relsXml).toString('utf8'));
  if (!main || !names.some((name) => name.toLowerCase() === main.toLowerCase()))
    return { ok: false, reason: 'not_office' };

  const allTypes = [...types.overrides.values(), ...types.defaults.values()];
  if (allTypes.some((type) => ACTIVE_TYPE.test(type)) || names.some((name) => ACTIVE_PART.test(name)))
    return { ok: false, reason: 'macros' };
  const extension = main.includes('.') ? (main.split('.').pop() ?? '').toLowerCase() : '';
  const mainType = types.overrides.get(`/${main}`.toLowerCase()) ?? types.defaults.get(extension);
  const kind = mainType ? MAIN_TYPES[mainType.toLowerCase()] : undefined;
  return kind ? { ok: true, kind } : { ok: false, reason: 'not_office' };
}

/** The attributes of every `<Name …/>` element of a small XML part (quotes either kind, any order). */
function elements(xml: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const element = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}\\b([^>]*)>`, 'g');
  for (const match of xml.matchAll(element)) {
    const attributes: Record<string, string> = {};
    for (const a of (match[1] ?? '').matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      attributes[a[1] ?? ''] = decodeEntities(a[3] ?? a[4] ?? '');
    }
    found.push(attributes);
  }
  return found;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** `[Content_Types].xml`: part name (lower case, with its leading slash) → type, and extension → type. */
function contentTypes(xml: string): { overrides: Map<string, string>; defaults: Map<string, string> } {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const o of elements(xml, 'Override')) {
    if (o.PartName && o.ContentType) overrides.set(o.PartName.toLowerCase(), o.ContentType);
  }
  for (const d of elements(xml, 'Default')) {
    if (d.Extension && d.ContentType) defaults.set(d.Extension.toLowerCase(), d.ContentType);
  }
  return { overrides, defaults };
}

/** The main part the package's relationships name (`word/document.xml`), without a leading slash. */
function mainPart(xml: string): string | null {
  const rel = elements(xml, 'Relationship').find((r) => r.Type && OFFICE_DOCUMENT_RELATIONSHIPS.has(r.Type));
  if (!rel?.Target || rel.TargetMode === 'External') return null;
  return rel.Target.replace(/^\.?\//, '');
}

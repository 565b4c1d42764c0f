import { EMPTY_CHANGE_MODEL } from '../../../shared/contracts/change-model.js';
import { formatDateTime, municipalityTitle } from '../../documents/format.js';
import { notFound } from '../../core/errors.js';
import { loadVisibleCourse } from '../courses/index.js';
import { drawDiagram } from './diagram.js';
import * as repo from './repository.js';
import { parseStoredContent } from './stored-content.js';
import type { Context } from '../../core/context.js';

/** The change model of a version (default: the current one, or the empty model) as an SVG document. */
export async function renderDiagram(ctx: Context, courseId: string, version?: number): Promise<string> {
  const { tx } = ctx;
  const course = await loadVisibleCourse(ctx, courseId);
  const row =
    version === undefined ? await repo.currentVersion(tx, courseId) : await repo.findVersion(tx, courseId, version);
  if (version !== undefined && !row) throw notFound();
  const saved = row
    ? `Version ${row.version}, gemt ${formatDateTime(row.savedAt)} af ${row.savedBy}`
    : 'Ingen gemt version endnu';
  return drawDiagram({
    title: `Forandringsmodel – ${municipalityTitle(course.municipalityName)}`,
    subtitle: `Forløb ${course.roundName} · ${saved}`,
    content: row ? parseStoredContent(row.content) : EMPTY_CHANGE_MODEL,
  });
}

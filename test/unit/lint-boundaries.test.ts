import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The import-boundary rule (eslint.layers.js) as `npm run lint` applies it: the
 * project's own eslint.config.js, run on snippets placed in the layers. Only the
 * boundary rule runs and without type information, so this takes about a second.
 */
const RULE = '@typescript-eslint/no-restricted-imports';
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId === RULE,
  });
});

/** The boundary messages for `code` placed at `filePath`, as "line: import". */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('no lint result');
  expect(result.messages.filter((m) => m.ruleId !== RULE)).toEqual([]);
  return result.messages.map((m) => `${m.line}: ${/'([^']+)'/.exec(m.message)?.[1] ?? m.message}`);
}

describe('import boundaries', () => {
  it("refuses a module reaching into another module's internals, and lets its public entry through", async () => {
    const code = [
      "import { courseColumns } from '../courses/repository.js';",
      "import { loadVisibleCourse } from '../courses/index.js';",
      "import type { CourseRow } from '../courses/read-courses.js';",
      "import { AppError } from '../../core/errors.js';",
      "import * as repo from './repository.js';",
      'export const used = [courseColumns, loadVisibleCourse, AppError, repo];',
      'export type Used = CourseRow;',
    ].join('\n');
    expect(await violations('src/server/modules/trials/boundary-probe.ts', code)).toEqual([
      '1: ../courses/repository.js',
      '3: ../courses/read-courses.js',
    ]);
  });

  it('says how to fix it', async () => {
    const [result] = await eslint.lintText("export { x } from '../rounds/repository.js';\n", {
      filePath: 'src/server/modules/decisions/boundary-probe.ts',
    });
    expect(result?.messages[0]?.message).toContain("only through its public entry '../<module>/index.js'");
  });

  it('keeps http/ and the layers under the modules free of modules', async () => {
    const code =
      "import { registerCourseRoutes } from '../modules/courses/index.js';\nexport const used = registerCourseRoutes;\n";
    expect(await violations('src/server/http/boundary-probe.ts', code)).toEqual(['1: ../modules/courses/index.js']);
    expect(await violations('src/server/access/boundary-probe.ts', code)).toEqual(['1: ../modules/courses/index.js']);
    expect(await violations('src/server/core/boundary-probe.ts', code)).toEqual(['1: ../modules/courses/index.js']);
  });

  it('lets core name the access types but not run access code', async () => {
    const code = [
      "import type { Access } from '../access/index.js';",
      "import { Access as Running } from '../access/index.js';",
      "import { queueAudit } from './transaction.js';",
      'export type Named = Access;',
      'export const used = [Running, queueAudit];',
    ].join('\n');
    expect(await violations('src/server/core/boundary-probe.ts', code)).toEqual(['2: ../access/index.js']);
  });

  it('lets the composition root use public entries only', async () => {
    const code = [
      "import { registerCourseRoutes } from './modules/courses/index.js';",
      "import { createCourseFromApplication } from './modules/courses/create-course.js';",
      'export const used = [registerCourseRoutes, createCourseFromApplication];',
    ].join('\n');
    expect(await violations('src/server/app.ts', code)).toEqual(['2: ./modules/courses/create-course.js']);
  });

  it('lets the command line use public entries only', async () => {
    const code = [
      "import { createUser } from '../server/modules/users/index.js';",
      "import { createUser as deep } from '../server/modules/users/manage-users.js';",
      'export const used = [createUser, deep];',
    ].join('\n');
    expect(await violations('src/cli/boundary-probe.ts', code)).toEqual(['2: ../server/modules/users/manage-users.js']);
  });

  it('keeps the server off the web client and shared code off the server', async () => {
    expect(
      await violations(
        'src/server/modules/courses/boundary-probe.ts',
        "import { x } from '../../../../web/src/api/call.js';\nexport const used = x;\n",
      ),
    ).toEqual(['1: ../../../../web/src/api/call.js']);
    expect(
      await violations(
        'src/shared/boundary-probe.ts',
        "import { x } from '../server/core/errors.js';\nexport const used = x;\n",
      ),
    ).toEqual(['1: ../server/core/errors.js']);
  });
});

// Import boundaries of the server, checked by `npm run lint` (part of `npm run check`).
// Layers point one way: core → access → modules → http and the composition root
// (app.ts, server.ts, event-handlers.ts). A module reaches another only through its
// public entry (`../<module>/index.js`) or a domain event (core/events.ts, ADR 23).
// Each file gets one object below (flat config does not merge a rule's options), so
// every object repeats the rules that hold everywhere. Tests and seed/ (demo data written
// through the modules' repositories) are tools outside the layers.

const RULE = '@typescript-eslint/no-restricted-imports';

/** What no server, CLI or shared file may import: the web client. */
const NOT_WEB = {
  regex: String.raw`^(\.\./)+web/`,
  message: 'The server and shared code never import the web client (web/): share code through src/shared.',
};

/** Patterns for a folder directly under src/server (`../<folder>/…`); `depth` = how many `../` reach src/server. */
function notInto(folders, depth, message, extra = {}) {
  const up = String.raw`\.\./`.repeat(depth);
  return { regex: `^${up}(${folders.join('|')})/`, message, ...extra };
}
function notComposition(depth) {
  const up = depth === 0 ? String.raw`\./` : String.raw`\.\./`.repeat(depth);
  return {
    regex: `^${up}(app|server|event-handlers)\\.js$`,
    message: 'Only the composition root (app.ts, server.ts) imports app.ts, server.ts and event-handlers.ts.',
  };
}
const layer = (files, patterns, ignores = []) => ({
  files,
  ignores: ['**/*.test.ts', ...ignores],
  rules: { [RULE]: ['error', { patterns: [...patterns, NOT_WEB] }] },
});

export const layerRules = [
  // core: errors, actor, clock, context, transaction + audit queue, events – under everything else.
  layer(
    ['src/server/core/**/*.ts'],
    [
      notInto(
        ['modules', 'http', 'audit', 'seed', 'documents'],
        1,
        'core/ is the bottom layer: it imports db/, shared/ and itself, never a module, http/, audit/ or seed/.',
      ),
      notInto(
        ['access'],
        1,
        "core/ may name the access module's types (import type), never run its code: the context is made in http/request-context.ts.",
        { allowTypeImports: true },
      ),
      notComposition(1),
    ],
  ),
  // Below the modules: access rules, the database, audit writing, documents, Danish time.
  layer(
    ['src/server/{access,db,audit,documents,time}/**/*.ts'],
    [
      notInto(
        ['modules', 'seed'],
        1,
        'This folder lies under the modules: it never imports a module or seed/ (pass what it needs as a parameter or publish a domain event).',
      ),
      notComposition(1),
    ],
  ),
  // http/: request context, route declaration, errors, headers – depends on core and access, never on a module.
  layer(
    ['src/server/http/**/*.ts'],
    [
      notInto(
        ['modules', 'seed'],
        1,
        "http/ depends on no module: the composition root (app.ts) registers the modules' hooks and routes.",
      ),
      notComposition(1),
    ],
  ),
  // A module: its own files, the layers below and http/, and other modules' public entries only.
  layer(
    ['src/server/modules/*/*.ts'],
    [
      {
        regex: String.raw`^\.\./(?!\.\.(/|$))[^/]+/(?!index\.js$)`,
        message:
          "Import another module only through its public entry '../<module>/index.js' (export what you need there), or publish a domain event (core/events.ts).",
      },
      notInto(['seed'], 2, 'A module never imports seed/: demo data sits above the modules.'),
      notComposition(2),
    ],
  ),
  // The composition root registers modules through their public entries.
  layer(
    ['src/server/{app,server,event-handlers}.ts'],
    [
      {
        regex: String.raw`^\./modules/[^/]+/(?!index\.js$)`,
        message: "The composition root imports a module only through its public entry './modules/<module>/index.js'.",
      },
    ],
  ),
  // The command line uses modules through their public entries too (seed/ stays a tool).
  layer(
    ['src/cli/**/*.ts'],
    [
      {
        regex: String.raw`^\.\./server/modules/[^/]+/(?!index\.js$)`,
        message: "The CLI imports a module only through its public entry '../server/modules/<module>/index.js'.",
      },
    ],
  ),
  // Shared contracts are imported by server and client alike: they import neither.
  layer(
    ['src/shared/**/*.ts'],
    [
      {
        regex: String.raw`^(\.\./)+server/`,
        message: 'src/shared is imported by the server and the web client: it never imports the server.',
      },
    ],
  ),
];

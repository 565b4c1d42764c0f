// Type-aware lint: floating promises, exhaustive switches and explicit `any` are errors.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerRules } from './eslint.layers.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'bench/results/**', 'drizzle/meta/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Time is an input: the server reads the clock in core/clock.ts only; everything else gets
    // "now" from the request's context (core/context.ts) or a parameter.
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/core/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take the time from the context (ctx.now) or a parameter, not the system clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Take the time from the context (ctx.now) or a parameter, not the system clock.',
        },
      ],
    },
  },
  {
    // One date and time style, always Danish time: the web client formats dates and times only
    // through web/src/i18n/format.ts (which names the time zone), never in the browser's zone.
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    ignores: ['web/src/i18n/format.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']",
          message: 'Format dates and times with web/src/i18n/format.ts (Danish time, one style).',
        },
        {
          selector: "CallExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']",
          message: 'Format dates and times with web/src/i18n/format.ts (Danish time, one style).',
        },
        {
          selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)String$/]',
          message: 'Format dates and times with web/src/i18n/format.ts (Danish time, one style).',
        },
        {
          // Numbers are written with Intl.NumberFormat or formatNumber; toLocaleString on a Date
          // would use the browser's time zone, and lint cannot tell the two apart.
          selector: "CallExpression[callee.property.name='toLocaleString']",
          message: 'Use formatNumber / Intl.NumberFormat for numbers and web/src/i18n/format.ts for dates.',
        },
      ],
    },
  },
  // Layers one way (docs/ARCHITECTURE.md "Layers and module boundaries"): core → access → modules → http/app.
  ...layerRules,
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);

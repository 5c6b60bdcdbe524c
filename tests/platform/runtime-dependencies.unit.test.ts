// `npm ci --omit=dev` is how a server is installed; anything the running code imports must survive it.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files.js';

const EXTENSIONS = ['.ts', '.js', '.mjs'];

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** Packages a file loads at run time: value imports, re-exports and dynamic imports; `import type` is erased. */
function runtimePackages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)(?!\s+type\b)[^'"]*?from\s+'([^'.][^']*)'/gm),
    ...text.matchAll(/^\s*import\s+'([^'.][^']*)'/gm),
    ...text.matchAll(/\bimport\(\s*'([^'.][^']*)'\s*\)/g),
  ].map((match) => match[1]);
  return specifiers
    .filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier))
    .map((specifier) =>
      specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0],
    );
}

describe('runtime dependencies', () => {
  it('lists every package that src/ and bin/ import in dependencies, not devDependencies', () => {
    const missing = [
      ...sourceFiles(path.join(root, 'src'), EXTENSIONS),
      ...sourceFiles(path.join(root, 'bin'), EXTENSIONS),
    ].flatMap((file) =>
      runtimePackages(file)
        .filter((name) => !(name in manifest.dependencies))
        .map((name) => `${path.relative(root, file)} imports ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('installs what the postinstall script runs: the patches must apply on a production install too', () => {
    const command = manifest.scripts.postinstall?.split(' ')[0];
    expect(command).toBe('patch-package');
    expect(manifest.dependencies).toHaveProperty('patch-package');
  });

  it('finds the imports it looks for, so the check above cannot pass by reading nothing', () => {
    expect(runtimePackages(path.join(root, 'src/schema/builder.ts'))).toContain('@pothos/plugin-prisma');
    expect(runtimePackages(path.join(root, 'bin/unison.js'))).toContain('tsx');
  });
});

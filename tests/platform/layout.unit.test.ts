// One domain, one name, one folder in every tree (issue 18): what belongs to sales is under sales/ in
// src/schema, src/resolvers, tests and sdk/operations, and in prisma/schema/sales.prisma. Only the
// shared kernel sits at a tree's root.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const entries = (dir: string) => readdirSync(path.join(root, dir)).filter((name) => !name.startsWith('.'));
const isDir = (dir: string, name: string) => statSync(path.join(root, dir, name)).isDirectory();

/** The business domains (src/domain's folders) and platform, the shared layer. */
const DOMAINS = [...entries('src/domain').filter((name) => isDir('src/domain', name)), 'platform'].sort();

/** Files allowed at a tree's root: the kernel every domain builds on. */
const KERNEL: Record<string, string[]> = {
  'src/schema': [
    'builder.ts',
    'context.ts',
    'filters.ts',
    'global-id.ts',
    'ids.ts',
    'index.ts',
    'loaders.ts',
    'ordering.ts',
    'payloads.ts',
    'prisma-column-fields.ts',
    'read-rules.ts',
    'scalars.ts',
  ],
  'src/resolvers': ['run-mutation.ts', 'run-query.ts'],
  tests: [],
  'sdk/operations': [],
};
/** Folders at a tree's root that are not a domain. */
const SHARED_FOLDERS: Record<string, string[]> = { tests: ['support'] };

describe('layout', () => {
  it('knows the domains', () => {
    expect(DOMAINS).toEqual(['approvals', 'crm', 'hr', 'inventory', 'ledger', 'platform', 'purchasing', 'sales']);
  });

  it.each(Object.keys(KERNEL))('%s holds a folder per domain and only kernel files at its root', (tree) => {
    const strays = entries(tree).filter((name) =>
      isDir(tree, name)
        ? !DOMAINS.includes(name) && !(SHARED_FOLDERS[tree] ?? []).includes(name)
        : !KERNEL[tree].includes(name),
    );
    expect(strays).toEqual([]);
  });

  it('has one Prisma schema file per domain, named after it', () => {
    const names = entries('prisma/schema').map((name) => name.replace(/\.prisma$/, ''));
    expect(names.filter((name) => !DOMAINS.includes(name))).toEqual([]);
  });
});

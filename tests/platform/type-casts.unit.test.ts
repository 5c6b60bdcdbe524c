// A double cast through unknown tells the compiler to stop checking: a resolver's copy of a domain
// input, a JSON column read back. Outside generated code the types are derived instead (issue 18).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('type casts', () => {
  it('has no "as unknown as" in src outside src/generated', () => {
    const casts = sourceFiles(path.join(root, 'src'), ['.ts'], [path.join(root, 'src', 'generated')]).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          /\bas unknown as\b/.test(line) ? [`${path.relative(root, file)}:${index + 1}`] : [],
        ),
    );
    expect(casts).toEqual([]);
  });
});

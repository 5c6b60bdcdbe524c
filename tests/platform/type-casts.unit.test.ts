// A double cast through unknown tells the compiler to stop checking: a resolver's copy of a domain
// input, a JSON column read back. Outside generated code the types are derived instead (issue 18).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return full.endsWith(path.join('src', 'generated')) ? [] : sources(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

describe('type casts', () => {
  it('has no "as unknown as" in src outside src/generated', () => {
    const casts = sources(path.join(root, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          /\bas unknown as\b/.test(line) ? [`${path.relative(root, file)}:${index + 1}`] : [],
        ),
    );
    expect(casts).toEqual([]);
  });
});

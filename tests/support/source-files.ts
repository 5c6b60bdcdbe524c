import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Files under `dir` (recursively) whose names end in one of `extensions`, skipping the folders in `skip`. */
export function sourceFiles(
  dir: string,
  extensions: readonly string[] = ['.ts'],
  skip: readonly string[] = [],
): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(full) ? [] : sourceFiles(full, extensions, skip);
    return extensions.some((extension) => entry.name.endsWith(extension)) ? [full] : [];
  });
}

/**
 * `npm run sdk:check`: regenerates the SDK into a temporary directory and compares it with the
 * committed sdk/src/generated, so CI fails when schema.graphql or an operation changed without
 * `npm run codegen`. Generating elsewhere leaves the working tree alone, and unlike
 * `graphql-codegen --check` it sees the content after codegen.ts's write hook.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committedDir = 'sdk/src/generated';
const freshDir = mkdtempSync(join(tmpdir(), 'unison-sdk-generated-'));

try {
  const codegen = spawnSync('npm', ['run', '--silent', 'codegen'], {
    env: { ...process.env, SDK_GENERATED_DIR: freshDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (codegen.status !== 0) {
    console.error('sdk:check: codegen failed');
    process.exitCode = 1;
  } else {
    const stale = staleFiles(committedDir, freshDir);
    if (stale.length > 0) {
      console.error(
        `sdk:check: ${committedDir} is out of date (${stale.join(', ')}); run \`npm run codegen\` and commit the result.`,
      );
      process.exitCode = 1;
    } else {
      console.log(`sdk:check: ${committedDir} is up to date.`);
    }
  }
} finally {
  rmSync(freshDir, { recursive: true, force: true });
}

function staleFiles(committed, fresh) {
  const names = new Set([...listFiles(committed), ...listFiles(fresh)]);
  return [...names].sort().filter((name) => readOrNull(join(committed, name)) !== readOrNull(join(fresh, name)));
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dir.length + 1));
}

function readOrNull(path) {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

// `prisma generate` downloads the native schema engine at start-up unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file, and that download is unreachable from
// the project's machines. Generating never runs the engine, so any existing file will do: this
// points it at the Node binary. Extra arguments are passed through (e.g. -- --watch).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const manifest = require.resolve('prisma/package.json');
const bin = (require(manifest) as { bin: { prisma: string } }).bin.prisma;

// Running the CLI's JavaScript entry with this Node avoids the .cmd shims of node_modules/.bin on Windows.
const child = spawn(process.execPath, [path.join(path.dirname(manifest), bin), 'generate', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath },
});
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});

import fs from 'node:fs';
import net from 'node:net';

// The embedded database belongs to one process (data-dir-lock.ts). While the server has it, the
// command line sends its command to the server over a Unix socket next to the data directory,
// readable by the same OS user only, and prints what the server answers.

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export type CommandRunner = (argv: string[]) => Promise<CommandResult>;

/** Where the server that owns `dataDir` listens for commands. */
export function adminSocketPath(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, '')}.sock`;
}

/** Largest request a client may send: an argv, not a payload. */
const MAX_REQUEST_BYTES = 64 * 1024;

/** Serves commands on the socket; returns a function that closes it and removes the file. */
export async function listenForCommands(path: string, run: CommandRunner): Promise<() => Promise<void>> {
  // A socket file left by a killed server refuses connections; a live one means another owner.
  if (fs.existsSync(path)) {
    if (await answers(path)) throw new Error(`Another server already listens on ${path}`);
    fs.rmSync(path, { force: true });
  }
  const server = net.createServer((socket) => {
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
      if (received.length > MAX_REQUEST_BYTES) return socket.destroy();
      const end = received.indexOf('\n');
      if (end < 0) return;
      let argv: unknown;
      try {
        argv = (JSON.parse(received.slice(0, end)) as { argv?: unknown }).argv;
      } catch {
        argv = undefined;
      }
      if (!Array.isArray(argv) || !argv.every((arg) => typeof arg === 'string')) {
        socket.end(`${JSON.stringify({ code: 2, stdout: '', stderr: 'Bad request\n' })}\n`);
        return;
      }
      void run(argv).then(
        (result) => socket.end(`${JSON.stringify(result)}\n`),
        (error: unknown) =>
          socket.end(`${JSON.stringify({ code: 1, stdout: '', stderr: `${(error as Error).message}\n` })}\n`),
      );
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, resolve);
  });
  fs.chmodSync(path, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      fs.rmSync(path, { force: true });
    });
}

function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(path);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Runs `argv` in the server listening on `path`; null when no server listens there. */
export async function sendCommand(path: string, argv: string[]): Promise<CommandResult | null> {
  if (!fs.existsSync(path)) return null;
  return new Promise((resolve, reject) => {
    let received = '';
    let connected = false;
    const socket = net.connect(path);
    socket.setEncoding('utf8');
    socket.once('connect', () => {
      connected = true;
      socket.write(`${JSON.stringify({ argv })}\n`);
    });
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.once('end', () => {
      try {
        resolve(JSON.parse(received) as CommandResult);
      } catch {
        reject(new Error(`The server at ${path} gave no answer`));
      }
    });
    // Nobody listening (a stale file): the caller runs the command itself.
    socket.once('error', (error) => (connected ? reject(error) : resolve(null)));
  });
}

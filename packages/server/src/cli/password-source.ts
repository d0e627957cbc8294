// The first beheerder's password: from a file, from standard input, or typed at a prompt — never
// from a command-line argument (which ends up in shell history and the process list).
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliError } from './cli-error.ts';

export type PasswordSource = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'prompt' };

const firstLine = (text: string): string => text.split(/\r?\n/, 1)[0] ?? '';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** Asks for a line without echoing it. */
function ask(question: string, input: NodeJS.ReadStream, output: NodeJS.WriteStream): Promise<string> {
  let muted = false;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) output.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input, output: sink, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      output.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

export async function readPassword(
  source: PasswordSource,
  io: { stdin: NodeJS.ReadStream; stderr: NodeJS.WriteStream } = { stdin: process.stdin, stderr: process.stderr },
): Promise<string> {
  switch (source.kind) {
    case 'file': {
      let text: string;
      try {
        text = await readFile(source.path, 'utf8');
      } catch {
        throw new CliError(`--wachtwoord-bestand: het bestand ${source.path} kan niet worden gelezen.`);
      }
      return firstLine(text);
    }
    case 'stdin':
      return firstLine(await readAll(io.stdin));
    case 'prompt': {
      if (!io.stdin.isTTY) {
        throw new CliError('Wachtwoord beheerder: geef --wachtwoord-bestand BESTAND of --wachtwoord-stdin (zonder terminal kan Koers er niet om vragen), of --oidc-subject.');
      }
      const first = await ask('Wachtwoord voor de eerste beheerder: ', io.stdin, io.stderr);
      const second = await ask('Herhaal het wachtwoord: ', io.stdin, io.stderr);
      if (first !== second) throw new CliError('Wachtwoord beheerder: de twee wachtwoorden zijn niet gelijk.');
      return first;
    }
    default:
      return source satisfies never;
  }
}

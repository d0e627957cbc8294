// The server as one ES module (ADR 0110 addendum): `npm start` builds `packages/server/dist/server.mjs`
// from `src/main.ts` with esbuild and runs it with plain `node`, so the running server loads neither
// tsx nor its esbuild child nor several hundred separately transformed modules.
//
// - Koers's own workspaces (@koers/*, TypeScript sources) are bundled; every other package stays an
//   `import` of node_modules, loaded by Node as it ships: PGlite and xmllint-wasm load their .wasm
//   files next to their own module, argon2 is native, pdfkit reads its font metrics from __dirname.
// - `import.meta.url` in a bundled source file keeps meaning that source file's location: it is
//   rewritten to the file's URL relative to the bundle, so the migrations, the DUO and BRP
//   specifications, the SEPA schema, the fonts and the web build are found from the bundle as from
//   the sources (and the bundle still works when the repository is moved as a whole).
//
//   node --import tsx packages/server/tools/bundle.ts
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

export const serverRoot = fileURLToPath(new URL('..', import.meta.url));
export const bundlePath = path.join(serverRoot, 'dist', 'server.mjs');
const entry = path.join(serverRoot, 'src', 'main.ts');

/**
 * Bare specifiers of anything but Koers's own workspaces stay imports of node_modules. A workspace may
 * have its own version of a package (packages/duo/node_modules/ajv is 8, the root's is 6): when the
 * package the importing file sees is not the one the bundle's folder would see, the import names
 * that file, relative to the bundle.
 */
const externalPackages: Plugin = {
  name: 'koers-external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@koers/') || args.pluginData === externalPackages) return undefined;
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const at = (resolveDir: string) => b.resolve(args.path, { kind: args.kind, resolveDir, pluginData: externalPackages });
      const [fromImporter, fromBundle] = await Promise.all([at(args.resolveDir), at(path.dirname(bundlePath))]);
      if (fromImporter.errors.length > 0 || fromImporter.path === fromBundle.path) return { path: args.path, external: true };
      const relative = path.relative(path.dirname(bundlePath), fromImporter.path).split(path.sep).join('/');
      return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
    });
  },
};

/** `import.meta.url` of a bundled file → that file's URL, relative to the bundle's own URL. */
const sourceFileUrls: Plugin = {
  name: 'koers-source-file-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'ts' };
      const relative = path.relative(path.dirname(bundlePath), args.path).split(path.sep).join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/** Builds dist/server.mjs; returns its path. */
export async function buildServerBundle(): Promise<string> {
  // The plugin resolves each package from the bundle's folder too: in a folder that does not exist yet (a
  // fresh clone) every package would resolve differently and be imported by its file path instead.
  mkdirSync(path.dirname(bundlePath), { recursive: true });
  await build({
    entryPoints: [entry],
    outfile: bundlePath,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    plugins: [externalPackages, sourceFileUrls],
    // For `node --enable-source-maps` when debugging; off when Koers runs (8 MB of heap, ADR 0110).
    sourcemap: 'linked',
    sourcesContent: false,
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return bundlePath;
}

/**
 * How `npm start` runs the built server, from the root package.json's start script (its last step,
 * `[NAME=value …] node … packages/server/dist/server.mjs`): the environment it sets, and the arguments
 * after `node` with the bundle's path made absolute. The memory bench and the bundle test start the
 * server exactly so.
 */
export function startCommand(): { env: Record<string, string>; args: string[] } {
  const repoRoot = path.resolve(serverRoot, '..', '..');
  const { scripts } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = (scripts.start ?? '').split('&&').at(-1)!.trim().split(/\s+/);
  const env: Record<string, string> = {};
  let assignment: RegExpExecArray | null;
  while ((assignment = /^([A-Z_][A-Z0-9_]*)=(\S*)$/.exec(words[0] ?? '')) !== null) {
    env[assignment[1]!] = assignment[2]!;
    words.shift();
  }
  const [command, ...args] = words;
  if (command !== 'node' || args.at(-1) !== path.relative(repoRoot, bundlePath)) throw new Error(`npm start eindigt niet met "node … ${path.relative(repoRoot, bundlePath)}"`);
  return { env, args: [...args.slice(0, -1), bundlePath] };
}

const isEntry = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) await buildServerBundle();

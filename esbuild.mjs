// Bundles the CLI and the VS Code extension. Type-checking is a separate step (`npm run typecheck`).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// Large JSON tables that are bundled (the lexicon's, in the bundles tests make; the CLI and the
// extension read them from files, see lexiconApart) are a string given to JSON.parse: V8 reads
// that several times faster than the same data as an object literal.
const LARGE_JSON = 100_000;
const largeJson = {
  name: 'large-json',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (text.length < LARGE_JSON) return undefined;
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/** What every bundle needs in order to run. Tests that bundle code use these options too. */
export const bundleOptions = {
  plugins: [largeJson],
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node has had \p{...} in regular expressions since 10, but esbuild's table does not say so for
  // node targets: it would turn every /\p{L}/u literal into a `new RegExp(...)` call, built anew at
  // each evaluation, through the constructor (a literal is cloned from one already compiled). Some
  // run once per word of every source.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  // ESM dependencies such as pdf.js call createRequire(import.meta.url). A CommonJS bundle has
  // no import.meta, so it is defined as the URL of the bundle file itself.
  define: { 'import.meta.url': '__bundle_import_meta_url' },
  banner: { js: 'var __bundle_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
};

const common = {
  ...bundleOptions,
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
};

// pdf.js (3.4 MB of code, in two modules) is bundled apart, beside the bundles that import it:
// code in a bundle is parsed when the bundle is loaded, even code run only later, and only a
// workspace with PDF sources needs pdf.js. Each start of the CLI and of the extension saved a
// third of its loading (about 50 ms of 145 ms of CPU; more on a busy machine).
const PDFJS_APART = {
  'pdfjs-dist/legacy/build/pdf.mjs': 'pdfjs.cjs',
  'pdfjs-dist/legacy/build/pdf.worker.mjs': 'pdfjs-worker.cjs',
};
const pdfjsApart = {
  name: 'pdfjs-apart',
  setup(build) {
    build.onResolve({ filter: /^pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs$/ }, (args) => ({ path: `./${PDFJS_APART[args.path]}`, external: true }));
  },
};

// The lexicon's large tables (5.5 MB of the 7 MB bundles) go beside the bundles, as files read
// the first time a table is asked for: inlined, every start of the CLI and of the extension read,
// compiled and parsed them while loading the bundle (about 40 ms of 105 ms of CPU), though the
// extension decodes the lexicon only afterwards, in the background. The module standing in for
// a table has its fields as getters, so the core reads it as it reads the imported JSON.
const lexiconApart = {
  name: 'lexicon-apart',
  setup(build) {
    const outdir = dirname(build.initialOptions.outfile);
    build.onLoad({ filter: /[\\/]lexicon[\\/]data[\\/][\w-]+\.json$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (text.length < LARGE_JSON) return undefined;
      const file = `lexicon-${basename(args.path)}`;
      mkdirSync(outdir, { recursive: true });
      copyFileSync(args.path, join(outdir, file));
      const fields = Object.keys(JSON.parse(text)).map((key) => `get ${JSON.stringify(key)}() { return read()[${JSON.stringify(key)}]; }`);
      return {
        contents: `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
let table;
const read = () => (table ??= JSON.parse(readFileSync(join(__dirname, ${JSON.stringify(file)}), 'utf8')));
export default { ${fields.join(', ')} };`,
        loader: 'js',
      };
    });
  },
};

const entries = [
  ...Object.entries(PDFJS_APART).map(([module, file]) => ({ entryPoints: [module], outfile: `dist/${file}` })),
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.cjs', plugins: [lexiconApart, ...bundleOptions.plugins, pdfjsApart] },
  // The extension: its entry (package.json `main`) loads its bundle with V8's code cache (src/extension/code-cache.ts).
  { entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] },
  // Its `import()`s (pdf.js, bundled apart) become `require`s: the entry compiles it as a script, which has no module loader for them.
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension-bundle.cjs', external: ['vscode'], plugins: [lexiconApart, ...bundleOptions.plugins, pdfjsApart], supported: { ...bundleOptions.supported, 'dynamic-import': false } },
  // The threads that read sources for the extension's cold index (src/threads/analyse-worker.ts).
  { entryPoints: ['src/threads/analyse-worker.ts'], outfile: 'dist/analyse-worker.cjs', plugins: [lexiconApart, ...bundleOptions.plugins, pdfjsApart] },
];

// Build only when run as a script (`node esbuild.mjs`), not when a test imports the options.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const entry of entries) {
    const options = { ...common, ...entry };
    if (watch) {
      const ctx = await esbuild.context(options);
      await ctx.watch();
    } else {
      await esbuild.build(options);
    }
  }
}

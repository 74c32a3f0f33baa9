// Bundles the TypeScript integration suites into one CommonJS file the in-host runner can require.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.mjs';

/**
 * @param {string[]} suiteFiles absolute paths of *.test.ts files
 * @param {string} outFile
 */
export async function bundleSuites(suiteFiles, outFile) {
  const contents = suiteFiles
    .map((file) => `import ${JSON.stringify('./' + path.relative(repoRoot, file).split(path.sep).join('/'))};`)
    .join('\n');
  // The same options the extension's own bundle uses, so suites can import src/ code that needs them.
  const { bundleOptions = {} } = await import(pathToFileURL(path.join(repoRoot, 'esbuild.mjs')).href);
  await esbuild.build({
    ...bundleOptions,
    stdin: { contents, resolveDir: repoRoot, sourcefile: 'integration-suites.ts', loader: 'ts' },
    outfile: outFile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // `vscode` exists only inside the extension host; mocha's globals (describe, it) come from the runner.
    external: ['vscode', 'mocha'],
    // The extension host replaces Error.prepareStackTrace, so Node cannot apply the map there;
    // remapStack() applies it to the reported stacks instead.
    sourcemap: 'external',
    sourcesContent: false,
    logLevel: 'warning',
  });
}

/** Rewrites `bundle.cjs:line:col` positions in a stack trace to the TypeScript sources. */
export function remapStack(stack, bundleFile) {
  const mapFile = `${bundleFile}.map`;
  if (!stack || !existsSync(mapFile)) return stack;
  const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  const bundleDir = path.dirname(bundleFile);
  const position = new RegExp(`${escapeRegExp(bundleFile)}:(\\d+):(\\d+)`, 'g');
  return stack.replace(position, (whole, line, column) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry) || !entry.originalSource) return whole;
    const source = path.relative(repoRoot, path.resolve(bundleDir, entry.originalSource));
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

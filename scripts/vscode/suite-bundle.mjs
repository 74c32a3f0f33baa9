// Bundles the TypeScript integration suites into one CommonJS file the in-host runner can require.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

/**
 * @param {string[]} suiteFiles absolute paths of *.test.ts files
 * @param {string} outFile
 */
export async function bundleSuites(suiteFiles, outFile) {
  const contents = suiteFiles
    .map((file) => `import ${JSON.stringify('./' + path.relative(repoRoot, file).split(path.sep).join('/'))};`)
    .join('\n');
  await esbuild.build({
    stdin: { contents, resolveDir: repoRoot, sourcefile: 'integration-suites.ts', loader: 'ts' },
    outfile: outFile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // `vscode` exists only inside the extension host; mocha's globals (describe, it) come from the runner.
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
  });
}

// Chooses the extension under test and copies it, with the test runner, into an extensions folder
// the way VS Code lays out installed extensions (`publisher.name-version/`).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { codeServerBinary, fixtureExtensionDir, repoRoot, runnerExtensionDir } from './paths.mjs';

/**
 * @typedef {{ kind: 'groundwork' | 'fixture', id: string, version: string, sourceDir: string, vsix?: string }} ExtensionUnderTest
 */

/**
 * GROUNDWORK_TEST_EXTENSION=groundwork|fixture picks one; by default Groundwork. The harness
 * fixture (`npm run test:harness`) stands in for it to prove the harness itself.
 * GROUNDWORK_TEST_VSIX=path tests a packaged .vsix instead of the freshly built sources.
 * @returns {ExtensionUnderTest}
 */
export function chooseExtensionUnderTest(env = process.env) {
  const wanted = env.GROUNDWORK_TEST_EXTENSION;
  const manifest = readManifest(repoRoot);
  if (wanted === 'groundwork' || wanted === undefined || env.GROUNDWORK_TEST_VSIX) {
    return {
      kind: 'groundwork',
      id: `${manifest.publisher}.${manifest.name}`,
      version: manifest.version,
      sourceDir: repoRoot,
      ...(env.GROUNDWORK_TEST_VSIX ? { vsix: path.resolve(env.GROUNDWORK_TEST_VSIX) } : {}),
    };
  }
  if (wanted !== undefined && wanted !== 'fixture') {
    throw new Error(`GROUNDWORK_TEST_EXTENSION must be "groundwork" or "fixture", not "${wanted}"`);
  }
  const fixture = readManifest(fixtureExtensionDir);
  return { kind: 'fixture', id: `${fixture.publisher}.${fixture.name}`, version: fixture.version, sourceDir: fixtureExtensionDir };
}

/** Installs the extension under test and the test runner into extensionsDir. */
export function installExtensions({ extensionsDir, userDataDir }, extension) {
  mkdirSync(extensionsDir, { recursive: true });
  copyRunner(extensionsDir);
  if (extension.vsix) {
    // code-server's own installer unpacks the .vsix exactly as a user's install would.
    execFileSync(
      codeServerBinary,
      ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', extension.vsix],
      { stdio: 'pipe' },
    );
  } else if (extension.kind === 'groundwork') {
    copyGroundwork(extensionsDir, extension);
  } else {
    cpSync(extension.sourceDir, path.join(extensionsDir, `${extension.id}-${extension.version}`), { recursive: true });
  }
}

function copyRunner(extensionsDir) {
  const runner = readManifest(runnerExtensionDir);
  const target = path.join(extensionsDir, `${runner.publisher}.${runner.name}-${runner.version}`);
  cpSync(runnerExtensionDir, target, {
    recursive: true,
    // Only the extension itself: not the fixture, nor the TypeScript helpers the suites import.
    filter: (source) => !source.startsWith(fixtureExtensionDir) && !source.endsWith('.ts'),
  });
}

/** What a .vsix of the extension would hold: the manifest, the bundle and media. */
function copyGroundwork(extensionsDir, extension) {
  const { main: mainEntry } = readManifest(repoRoot);
  if (!mainEntry) throw new Error('package.json has no "main": VS Code would not know what to load');
  const main = path.join(repoRoot, mainEntry);
  if (!existsSync(main)) throw new Error(`${path.relative(repoRoot, main)} is missing; run npm run build`);
  const target = path.join(extensionsDir, `${extension.id}-${extension.version}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, 'package.json'), readFileSync(path.join(repoRoot, 'package.json')));
  cpSync(path.join(repoRoot, 'dist'), path.join(target, 'dist'), {
    recursive: true,
    // The CLI bundle and packaged .vsix files are not part of the extension.
    filter: (source) => !path.basename(source).startsWith('cli.') && !source.endsWith('.vsix'),
  });
  // Under the names vsce gives them in a .vsix: it stores the readme and changelog lower-case,
  // so a link that asks for README.md works here only if it would work for a user.
  for (const [extra, packaged] of [['media', 'media'], ['README.md', 'readme.md'], ['LICENSE', 'LICENSE.txt'], ['CHANGELOG.md', 'changelog.md']]) {
    const from = path.join(repoRoot, extra);
    if (existsSync(from)) cpSync(from, path.join(target, packaged), { recursive: true });
  }
}

function readManifest(dir) {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

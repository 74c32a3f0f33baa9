// V8's code cache for the extension's bundle. Each start of the extension host compiles the bundle,
// and every function the build and the first check run is compiled again when first called. After a
// session's first check, the code compiled so far is saved (V8 `createCachedData`); the next start
// gives it to V8, which then skips compiling those functions (in restored starts of 102 sources,
// the draft's first check took a median 465 ms of the host's CPU with it against 694 ms without).
// The cache is keyed on the bundle's bytes, the V8 version and the platform, and carries a digest
// of its own bytes: a cache of another bundle or engine, or a damaged file, is never offered (V8
// itself checks no digest of the code it takes). One V8 rejects is compiled past, as it would be
// without a cache, and replaced.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What loading a bundle with the code cache did, for the log. */
export interface CodeCacheState {
  /** `used`: V8 took the saved code; `none`: none was saved for this bundle and engine; `rejected`: V8 refused it; `off`: no folder to keep it in. */
  cache: 'used' | 'none' | 'rejected' | 'off';
  /** Reading and compiling the bundle (ms). */
  compileMs: number;
  /** Running its module code (ms). */
  runMs: number;
}

/** A bundle loaded through `loadWithCodeCache`: its exports, and how to save the code compiled so far. */
export interface LoadedBundle<T> {
  exports: T;
  state: CodeCacheState;
  /** Saves the code compiled so far for the next start, unless this start used a saved one; once a session. Never throws. */
  save(): { saved: boolean; ms: number; bytes: number; error?: string };
}

/**
 * Loads a CommonJS bundle as `require` would, compiled with the code saved in `cacheDir` (if any
 * and if it is this bundle's, for this engine); without `cacheDir`, plainly. The bundle must not
 * use `import()`: a script compiled here has no module loader for it (esbuild turns the
 * extension's into `require`s). A bundle that cannot be read or compiled throws, as `require` would.
 */
export function loadWithCodeCache<T>(file: string, cacheDir: string | undefined): LoadedBundle<T> {
  const started = performance.now();
  const source = readFileSync(file, 'utf8');
  const key = cacheDir === undefined ? '' : createHash('sha256').update(source).update(`\0${process.versions.v8}\0${process.arch}\0${process.platform}`).digest('hex').slice(0, 32);
  const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, `${key}.bin`);
  let cachedData: Buffer | undefined;
  let damaged = false;
  if (cacheFile) {
    try {
      const saved = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
      if (saved) {
        cachedData = intact(saved);
        damaged = cachedData === undefined;
      }
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(Module.wrap(source), {
    filename: file,
    cachedData,
  });
  const state: CodeCacheState = {
    cache: !cacheFile ? 'off' : damaged ? 'rejected' : !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used',
    compileMs: performance.now() - started,
    runMs: 0,
  };
  const running = performance.now();
  // The bundle's `require` resolves from its own file, as under `require` (VS Code answers
  // `require('vscode')` by the requiring file's extension).
  const bundle = { exports: {} as unknown, filename: file, id: file, loaded: false };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, dirname(file));
  bundle.loaded = true;
  state.runMs = performance.now() - running;
  let saved = false;
  return {
    exports: bundle.exports as T,
    state,
    save: () => {
      const began = performance.now();
      if (!cacheDir || !cacheFile || saved || state.cache === 'used') return { saved: false, ms: 0, bytes: 0 };
      saved = true;
      try {
        const data = script.createCachedData();
        mkdirSync(cacheDir, { recursive: true });
        // Written whole under another name, then renamed: a start never reads half a file.
        const partial = `${cacheFile}.${process.pid}.partial`;
        writeFileSync(partial, Buffer.concat([digestOf(data), data]));
        renameSync(partial, cacheFile);
        // Caches of earlier bundles or engines are of no further use.
        for (const name of readdirSync(cacheDir)) {
          if (join(cacheDir, name) !== cacheFile && /^[0-9a-f]{32}\.bin$/.test(name)) rmSync(join(cacheDir, name), { force: true });
        }
        return { saved: true, ms: performance.now() - began, bytes: data.length };
      } catch (error) {
        return { saved: false, ms: performance.now() - began, bytes: 0, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

const DIGEST_BYTES = 32;

function digestOf(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/** The code of a saved cache file (a digest of it, then it), or undefined when the digest does not match. */
function intact(saved: Buffer): Buffer | undefined {
  if (saved.length <= DIGEST_BYTES) return undefined;
  const data = saved.subarray(DIGEST_BYTES);
  return digestOf(data).equals(saved.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

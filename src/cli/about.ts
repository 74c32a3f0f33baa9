// Name, version and documentation address of the tool, from package.json (esbuild inlines it).
import pkg from '../../package.json';

interface PackageJson {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

const manifest = pkg as PackageJson;

export const TOOL_NAME = 'groundwork';
export const VERSION: string = manifest.version;

// Used when package.json names no homepage: SARIF wants an absolute address for the tool's docs.
const FALLBACK_HOMEPAGE = 'https://github.com/groundwork/groundwork';

/** The README's address without any fragment; rule help links append the anchor of the codes' table. */
export const README_URL: string = (() => {
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const url = manifest.homepage ?? repository?.replace(/^git\+/, '').replace(/\.git$/, '') ?? FALLBACK_HOMEPAGE;
  return url.replace(/#.*$/, '');
})();

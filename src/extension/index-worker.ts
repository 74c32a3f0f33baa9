// The thread that reads and analyses sources for the editor's cold build (dist/index-worker.cjs):
// the CLI's reading thread (src/cli/analyse-workers.ts), in a bundle of its own, since the
// extension's bundle needs `vscode`, which a worker thread does not have. The extension host reads
// the files and merges the analyses into its corpus in path order (source-index.ts), so the
// index is the one it builds alone.
import { runAnalyseWorker } from '../cli/analyse-workers.js';

runAnalyseWorker();

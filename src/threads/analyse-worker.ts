// The extension's thread that reads and analyses sources for a cold index (bundled apart, to
// dist/analyse-worker.cjs: the extension's own bundle needs `vscode`, which no worker thread has).
// The CLI's threads run its own bundle instead (src/cli/main.ts).
import { runAnalyseWorker } from './analyse-workers.js';

runAnalyseWorker();

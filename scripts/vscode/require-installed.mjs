#!/usr/bin/env node
// The first step of `npm test`: the integration and e2e suites need code-server and Chromium
// (scripts/vscode/install.sh). Without them, stop at once with the one command to run, instead of
// failing minutes later, after the type check, the build and the unit tests, with a stack trace.
import { existsSync } from 'node:fs';
import { chromiumPath, codeServerBinary } from './paths.mjs';

// A downloaded VS Code (GROUNDWORK_VSCODE=electron) needs neither.
if (process.env.GROUNDWORK_VSCODE !== 'electron') {
  const missing = [];
  if (!existsSync(codeServerBinary)) missing.push('code-server (the real VS Code the integration tests run in)');
  if (!existsSync(chromiumPath)) missing.push(`Chromium (the browser that drives it; looked for ${chromiumPath})`);
  if (missing.length > 0) {
    process.stderr.write([
      `npm test: not installed yet: ${missing.join(' and ')}.`,
      'Install them once with:',
      '',
      '    bash scripts/vscode/install.sh',
      '',
      'It takes 1 to 5 minutes and about 300 MB (Debian packages, then code-server from npm). Then run npm test again.',
      'The mocha suites need neither: npm run test:unit, npm run test:cli, npm run test:stress',
      '',
    ].join('\n'));
    process.exitCode = 1;
  }
}

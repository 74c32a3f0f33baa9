// Rewrites the README's finding-code table and entries from src/core/findings/.
// Run: npx tsx scripts/gen-finding-docs.ts   (test/unit/findings.test.ts fails when they drift)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withFindingDocs } from './finding-docs.js';

const readme = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const before = readFileSync(readme, 'utf8');
const after = withFindingDocs(before);
if (after !== before) writeFileSync(readme, after);
process.stdout.write(after === before ? 'README.md is up to date\n' : 'README.md: finding codes rewritten\n');

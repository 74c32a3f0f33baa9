// Each finding code lives in one module (src/core/findings/): what every front end and the README
// say of a code comes from there, so they cannot drift apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFindingDocs } from '../../scripts/finding-docs.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { codeOfVerdict, docsAnchor, FINDING_CODES, FINDING_RULES, ruleOf } from '../../src/core/findings/index.js';
import type { VerdictKind } from '../../src/core/model.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('finding codes', () => {
  it('every code has one rule, in the order of the code list, with a title and a description', () => {
    assert.deepEqual(FINDING_RULES.map((r) => r.code), [...FINDING_CODES]);
    for (const code of FINDING_CODES) {
      const rule = ruleOf(code);
      assert.equal(rule.code, code);
      assert.ok(rule.title.length > 10 && !rule.title.endsWith('.'), `${code}: a one-line title`);
      assert.ok(rule.description.length > rule.title.length, `${code}: a description`);
    }
  });

  it('each verdict other than supported is reported by exactly one code', () => {
    const kinds: Exclude<VerdictKind, 'supported'>[] = ['unsupported', 'misquote', 'misattributed', 'number-mismatch', 'contradicted'];
    for (const kind of kinds) {
      assert.equal(FINDING_RULES.filter((r) => r.verdict === kind).length, 1, kind);
      assert.equal(ruleOf(codeOfVerdict(kind)).verdict, kind);
    }
  });

  it('the default severities are the rules\'', () => {
    const severity = defaultConfig().severity;
    assert.deepEqual(Object.keys(severity), [...FINDING_CODES]);
    for (const rule of FINDING_RULES) assert.equal(severity[rule.code], rule.severity, rule.code);
  });

  it('the README\'s table and entries are the ones the rules write (run `npx tsx scripts/gen-finding-docs.ts`)', () => {
    assert.equal(withFindingDocs(readme), readme);
  });

  it('every code\'s documentation anchor is a heading of the README', () => {
    const slugs = new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[`*_]/g, '').replace(/[^\p{L}\p{N} -]/gu, '').trim().replace(/ /g, '-')));
    for (const code of FINDING_CODES) assert.ok(slugs.has(docsAnchor(code)), `no heading for #${docsAnchor(code)}`);
  });
});

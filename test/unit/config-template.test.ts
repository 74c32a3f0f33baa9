import assert from 'node:assert/strict';
import { parseConfig } from '../../src/core/config/load.js';
import { configTemplate } from '../../src/core/config/template.js';
import { defaultConfig } from '../../src/core/config/types.js';

describe('the groundwork.yaml that Set Up Workspace writes', () => {
  it('reads back without problems as the defaults with the chosen sources folder', () => {
    for (const [folder, glob] of [['research', 'research/**'], ['notes/sources/', 'notes/sources/**'], ['', '**']] as const) {
      const text = configTemplate(folder);
      const { config, problems } = parseConfig(text, 'groundwork.yaml');
      assert.deepEqual(problems, [], text);
      assert.deepEqual(config, { ...defaultConfig(), sources: [glob] });
    }
  });

  it('shows every other setting as a comment with its default', () => {
    const text = configTemplate('research');
    for (const key of ['drafts', 'exclude', 'threshold', 'severity', 'aliases', 'cache']) assert.match(text, new RegExp(`^# ${key}: `, 'm'), key);
    // Uncommenting a line gives a valid setting.
    const { problems } = parseConfig(text.replace('# threshold: ', 'threshold: ').replace('# severity: ', 'severity: '), 'groundwork.yaml');
    assert.deepEqual(problems, []);
  });
});

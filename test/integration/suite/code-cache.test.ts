import * as assert from 'node:assert/strict';
import { waitForDiagnostics } from '../runner/wait-for-diagnostics.js';
import { closeAll, groundwork, openDraft, until } from './groundwork-session.js';

describe('the extension keeps its compiled code for the next start', function () {
  after(closeAll);

  it('after a draft has been checked, the code compiled so far is saved, unless this start ran code saved before', async () => {
    const api = await groundwork();
    const { cache } = api.codeCache();
    // The suite's start is the extension's first in a new profile, or one after a start that saved.
    assert.ok(cache === 'none' || cache === 'used', `the bundle was loaded through the code cache (${cache})`);
    const editor = await openDraft();
    await waitForDiagnostics(editor.document.uri, (found) => found.some((d) => d.source === 'groundwork'));
    if (cache === 'used') {
      assert.equal(api.codeCache().saved, false, 'a start that used saved code keeps it');
      return;
    }
    // Saved once the check's diagnostics have had a moment to be drawn.
    await until('the compiled code to be saved', () => api.codeCache().saved, 20_000);
  });
});

// Preloaded (NODE_OPTIONS=--require) into code-server's processes by `bench-editor.ts --cpu-prof
// DIR`: in the extension host alone, profiles the CPU from the host's start to its end (code-server
// stops it with SIGTERM) and writes DIR/host-PID-STARTED.cpuprofile, STARTED the clock time (ms
// since the epoch) of the profile's start, to set beside the logs. Node refuses --cpu-prof in
// NODE_OPTIONS, hence the inspector.
'use strict';

if (process.argv.includes('--type=extensionHost') && process.env.GROUNDWORK_HOST_PROFILE_DIR) {
  const fs = require('node:fs');
  const path = require('node:path');
  const inspector = require('node:inspector');
  const dir = process.env.GROUNDWORK_HOST_PROFILE_DIR;
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 250 });
  session.post('Profiler.start');
  const startedAt = Date.now();
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // An in-thread session answers at once: the profile is written before the process ends.
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `host-${process.pid}-${startedAt}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.on('SIGTERM', () => {
    write();
    process.exit(0);
  });
  process.on('exit', write);
}

// Preloaded into the benchmark's server processes (NODE_OPTIONS=--require …) when a benchmark runs
// with --profile: Node refuses --cpu-prof in NODE_OPTIONS, and the server is started by scripts
// that pass no flags of ours. Profiles the whole process with the inspector and writes
// <SOURCEWISE_PROFILE_DIR>/<process title>-<pid>.cpuprofile when it exits (Next exits on SIGTERM),
// e.g. next-server-1234.cpuprofile for the process that serves requests.
/* eslint-disable @typescript-eslint/no-require-imports */
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.SOURCEWISE_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // The in-process inspector answers synchronously, so this works inside an 'exit' handler.
    session.post('Profiler.stop', (error, result) => {
      const title = process.title.replace(/\s*\(.*$/, '').replace(/[^A-Za-z0-9_-]+/g, '-');
      if (!error)
        fs.writeFileSync(path.join(dir, `${title}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.once('exit', write);
}

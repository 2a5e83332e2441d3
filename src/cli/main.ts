#!/usr/bin/env node
import { EXIT } from './exit-codes';
import { languageOfArgv } from './language';
import { OutputError } from './output-sink';
import { run } from './program';

// A reader that went away (`qgrade … | head`, EPIPE) does not end the process here. A closed stderr only
// loses the notices: the run goes on, writes its -o file and keeps its exit code. A closed stdout is the
// run's to handle: a command writing through an OutputSink stops and exits with the code it had reached
// (see closedOutputCode), one writing a few lines finishes with its own code; either way its writes to
// the closed pipe are dropped. Any other write error (a full disk) is one the user must see: on stdout it
// ends the run with a message and exit 2, on stderr (nowhere to say it) the run ends with exit 2 at least.
let stderrFailed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  const failure = new OutputError('stdout', error);
  if (failure.closed) return;
  process.stderr.write(`qgrade: ${failure.text[languageOfArgv(process.argv, process.env)]}\n`);
  process.exit(EXIT.usage);
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (!new OutputError('stderr', error).closed) stderrFailed = true;
});

run(process.argv).then((code) => {
  process.exitCode = stderrFailed && code < EXIT.usage ? EXIT.usage : code;
});

#!/usr/bin/env node
import { EXIT } from './exit-codes';
import { languageOfArgv } from './language';
import { OutputError } from './output-sink';
import { run } from './program';

// Output that cannot be written ends the run: quietly when the reader went
// away (qgrade … | head), with a message and exit 2 otherwise (a full disk),
// never with a stack trace.
for (const [stream, name] of [
  [process.stdout, 'stdout'],
  [process.stderr, 'stderr'],
] as const) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    const failure = new OutputError(name, error);
    if (failure.closed) process.exit(process.exitCode ?? EXIT.ok);
    if (name === 'stdout')
      process.stderr.write(`qgrade: ${failure.text[languageOfArgv(process.argv, process.env)]}\n`);
    process.exit(EXIT.usage);
  });
}

run(process.argv).then((code) => {
  process.exitCode = code;
});

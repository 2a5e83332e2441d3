#!/usr/bin/env node
import { run } from './program';

// A closed pipe (qgrade … | head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv).then((code) => {
  process.exitCode = code;
});

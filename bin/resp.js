#!/usr/bin/env node
// Process glue only: run the CLI and end the process with its exit code.
import { run } from '../dist/src/cli/main.js';

const code = await run(process.argv.slice(2));
process.exitCode = code;
// Once standard output and error have handed everything to the system (a write to a pipe can still be
// under way on some systems), the process ends at once instead of tearing its heap down in order: that
// took tens of milliseconds of a cached validate of a province.
const flushed = (stream) => new Promise((done) => (stream.writableLength ? stream.write('', () => done()) : done()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);

#!/usr/bin/env node
// Process glue only: run the CLI and hand its exit code to the process.
import { run } from '../dist/src/cli/main.js';

process.exitCode = await run(process.argv.slice(2));

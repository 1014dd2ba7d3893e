#!/usr/bin/env node
// Entry point: parses arguments and dispatches. The reader (Ink + React) is
// loaded with a dynamic import only when it is needed, so `diff`, `strip` and
// `list` start fast and run without a terminal.
import {main} from './commands/main.js';

process.exitCode = await main(process.argv.slice(2));

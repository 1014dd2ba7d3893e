#!/usr/bin/env node
// Entry point: parses arguments and dispatches. The reader (Ink + React) is
// loaded with a dynamic import only when it is needed, so `diff`, `strip` and
// `list` start fast and run without a terminal.
import {endEarlyKeys, holdKeysEarly} from './reader/early-keys.js';

// Before the commands load: keys typed while they do are not echoed (reader/early-keys.ts).
holdKeysEarly(process.argv.slice(2));
const {main} = await import('./commands/main.js');
process.exitCode = await main(process.argv.slice(2));
endEarlyKeys();

// Rewrites the README's keys block from the keymap:
// `node --import=tsx scripts/update-readme-keys.ts`.
import {readFileSync, writeFileSync} from 'node:fs';
import {keyTables} from './readme-keys.js';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const next = readme.replace(/(<!-- keys:start -->\n)[\s\S]*?(\n<!-- keys:end -->)/, (_, start: string, end: string) => start + keyTables() + end);
if (next !== readme) writeFileSync(path, next);

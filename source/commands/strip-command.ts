// `copydesk strip` as its own bundle, as `diff` is (diff-command.ts): scripts/build.js
// builds this file apart into dist/strip-command.cjs, which strip-bundle.ts evaluates
// with V8's code cache. The labeller's modules are then one scope (calls between them
// are not calls through imported bindings) and their code is not compiled again on
// every run. The bundle has its own copies of the engine's tables, so it seeds them
// here from the start-up data (see start-data.ts).
import {seedStartData} from '../start-data.js';
seedStartData();
export {runStrip} from './strip.js';

// `copydesk diff` as its own bundle (scripts/build.js builds this file apart,
// without sharing chunks with the other commands): every module a text pair
// needs is then one file, loaded in one step, and calls between the engine's
// modules stay inside one module scope, which V8 optimises better than calls
// through imported bindings (~10% of a 30,000-word pair's CPU time). The
// bundle has its own copies of the engine's tables, so it seeds them here
// from the start-up data, as the workers do (see start-data.ts).
import {seedStartData} from '../start-data.js';

seedStartData();

export {runDiff} from './diff.js';

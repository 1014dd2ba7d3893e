// The reader (`copydesk [DIR|FILES...]`) as its own bundle, as `diff` and `strip`
// are (diff-command.ts): scripts/build.js builds this file apart into
// dist/read-command.cjs — the reader's screens, Ink and React in one script —
// which read-bundle.ts evaluates with V8's code cache, so the ~1.6 MB of code
// the first frame needs is not compiled again on every start. The bundle has
// its own copies of the engine's tables, so it seeds them here from the
// start-up data (see start-data.ts).
import {seedStartData} from '../start-data.js';
seedStartData();
export {runRead} from './read.js';

// The typed arrays of grouping records, apart from the worker that sends them:
// the main thread imports this, never the worker's entry module (whose top level
// runs a worker's job; bundled for the reader, it would be evaluated there too).
import type {GroupMember} from '../groups/member.js';

/** The typed arrays of grouping records, moved rather than copied to the main thread. */
export const memberBuffers = (members: readonly GroupMember[]): ArrayBuffer[] =>
	members.flatMap(member => [member.print.shingles.buffer as ArrayBuffer, member.bag.buffer as ArrayBuffer]);

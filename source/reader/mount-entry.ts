// The reader's screens, Ink, React and Yoga as one CommonJS script of their own: scripts/build.js bundles this file
// into dist/reader-mount.cjs, which mount-bundle.ts runs with V8's code cache (as diff's bundle is: diff-bundle.ts),
// since Node 20 caches no ES module's code and compiling these ~1 MB was about a third of the first frame. A script
// cannot hold a top-level await, and Yoga's index module has one (it instantiates its WebAssembly at load): the build
// points the script's `yoga-layout` at the instance loadMount makes first (yogaFromEntry in scripts/build.js).
import {loadYoga} from 'yoga-layout/load';

/** Where the script's `yoga-layout` finds Yoga (scripts/build.js, yogaFromEntry). */
const yogaKey = Symbol.for('copydesk.yoga');

/**
 * Instantiates Yoga (once), then evaluates the reader's modules (mount.tsx and what it imports, Ink's among them)
 * and resolves to them. Rejects when Yoga's WebAssembly cannot be instantiated.
 */
export async function loadMount(): Promise<typeof import('./mount.js')> {
	const global = globalThis as Record<symbol, unknown>;
	global[yogaKey] ??= await loadYoga();
	return import('./mount.js');
}

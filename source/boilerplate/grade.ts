import type {LineFeatures} from './features.js';
import type {Grade} from './line-state.js';

/** Grades a line on its own, the way jusText grades paragraphs. */
export const grade = (f: LineFeatures, hasStopwords: boolean): Grade => {
	if (f.linkShare >= 0.5) {
		return 'bad';
	}

	const count = f.size;
	if (!hasStopwords) {
		if (f.terminal && count >= 8) {
			return 'good';
		}

		return f.terminal && count >= 3 ? 'near' : 'short';
	}

	const share = f.stopwordShare;
	if (share >= 0.2 && ((f.terminal && count >= 8) || count >= 25)) {
		return 'good';
	}

	if ((f.terminal && count >= 3 && share >= 0.1) || (count >= 8 && share >= 0.15)) {
		return 'near';
	}

	return 'short';
};

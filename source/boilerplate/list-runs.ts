import type {FeatureContext, FeatureGroup} from './block-features.js';
import {breaksOf} from './article-break.js';

// The run of short blocks a block belongs to. An article's lists (its key
// points, a recipe's ingredients, a table's rows, the lines of an address)
// are short blocks in a row, as a menu or a list of teasers is; what tells
// them apart is not one item (two words, no sentence end either way) but the
// run: an article's list sits against the article's prose and speaks its
// vocabulary ("2 cups of flour" where the method says "flour"), a menu sits
// apart and names the site's sections. Its own shape, the link share of the
// run and the run's length say the rest. jusText (Pomikálek 2011) grades a
// short block by its neighbours' grades; this pools the whole run's words,
// which a single item has too few of to read.

/** A block of prose (jusText's good): it ends a run of short blocks. */
const isProse = (context: FeatureContext, i: number): boolean => context.states[i].grade === 'good';

/** A word that carries a topic (as block-features.ts's topicWord): four letters or more, or a character of an unspaced script. */
const topicWord = (word: string): boolean => word.length >= 4 || word.charCodeAt(0) >= 0x3040;

/** Per block, the run of short blocks it is in; zeros for prose blocks. */
type Runs = {topic: Float64Array; touches: Float64Array; links: Float64Array; length: Float64Array; terminal: Float64Array};
const pageRuns = new WeakMap<FeatureContext, Runs>();

/**
 * The runs of a page, once per feature context: every maximal run of
 * consecutive blocks that are not prose, and for each the share of its
 * distinct topic words that the prose of the article's main run uses
 * (article-break.ts, mainRun), whether prose of the main run is right above it
 * and right below it (one half each), its word-weighted link share, its
 * length in blocks (log scale) and the share of its blocks that end like a
 * sentence. Linear in the page's words.
 */
export const runsOf = (context: FeatureContext): Runs => {
	let runs = pageRuns.get(context);
	if (runs) {
		return runs;
	}

	const {states} = context;
	const n = states.length;
	runs = {topic: new Float64Array(n), touches: new Float64Array(n), links: new Float64Array(n), length: new Float64Array(n), terminal: new Float64Array(n)};
	const [first, last] = breaksOf(context).run;
	const article = new Set<string>();
	for (let i = first; first !== -1 && i <= last; i++) {
		if (isProse(context, i)) {
			for (const word of states[i].f.words) {
				if (topicWord(word)) {
					article.add(word);
				}
			}
		}
	}

	for (let start = 0; start < n; ) {
		if (isProse(context, start)) {
			start++;
			continue;
		}

		let end = start;
		while (end + 1 < n && !isProse(context, end + 1)) {
			end++;
		}

		const words = new Set<string>();
		let linked = 0;
		let size = 0;
		let terminal = 0;
		for (let i = start; i <= end; i++) {
			const {f} = states[i];
			for (const word of f.words) {
				if (topicWord(word)) {
					words.add(word);
				}
			}

			linked += f.linkShare * f.words.length;
			size += f.words.length;
			terminal += f.terminal ? 1 : 0;
		}

		let shared = 0;
		for (const word of words) {
			shared += article.has(word) ? 1 : 0;
		}

		const inArticle = (j: number): boolean => first !== -1 && j >= first && j <= last;
		const above = inArticle(start - 1) ? 0.5 : 0;
		const below = inArticle(end + 1) ? 0.5 : 0;
		for (let i = start; i <= end; i++) {
			runs.topic[i] = words.size === 0 ? 0 : shared / words.size;
			runs.touches[i] = above + below;
			runs.links[i] = size === 0 ? 0 : linked / size;
			runs.length[i] = Math.log1p(end - start + 1);
			runs.terminal[i] = terminal / (end - start + 1);
		}

		start = end + 1;
	}

	pageRuns.set(context, runs);
	return runs;
};

/**
 * The run features (block-features.ts adds the group; `--features runs` in a fit):
 * of the run of short blocks a block is in (all 0 for a prose block), the share of
 * its topic words the article's prose uses, whether it touches the article's prose
 * (0, ½ or 1), its link share, its length (log) and its share of sentence ends.
 */
export const runGroup: FeatureGroup = {
	names: ['run.topic', 'run.touches', 'run.links', 'run.length', 'run.terminal'],
	against: [['off the article\'s topic', 'navigation'], ['set apart from the article', 'navigation'], ['link text', 'navigation'], ['among chrome', 'navigation'], undefined],
	compute: (context, i, out, at) => {
		const runs = runsOf(context);
		out[at] = runs.topic[i];
		out[at + 1] = runs.touches[i];
		out[at + 2] = runs.links[i];
		out[at + 3] = runs.length[i];
		out[at + 4] = runs.terminal[i];
	},
};

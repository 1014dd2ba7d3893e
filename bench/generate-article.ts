/**
 * Deterministic synthetic news articles for the engine benchmark: a ~30,000-word
 * article built from varied sentence templates and a sizeable vocabulary, an
 * edited copy (10% of sentences reworded, 5% deleted, 5% inserted, three
 * paragraphs moved), and unrelated articles from other seeds.
 * Topics 0 (civic news) and 1 (sport) share the news templates, so two of their
 * articles are one subject's phrasing about different events: the engine rightly
 * finds them `related`. Topic 2 (natural history) has templates, names, nouns,
 * verbs, adjectives, seasons and numbers of its own: with topic 0 it shares only
 * English function words ("the", "of", "and", …), as two genuinely unrelated texts do.
 */

/** mulberry32: small, fast, seedable. */
export const seededRandom = (seed: number) => {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
};

/** Each topic has its own names and nouns; templates and function words are shared, as in real news. */
const topicSyllables = [
	['ka', 'ren', 'to', 'mi', 'sar', 'vel', 'din', 'lo', 'bra', 'nest', 'or', 'im', 'cha', 'pol', 'ter', 'ux', 'gan', 'fi', 'rod', 'as', 'wen', 'qui', 'zel', 'mar'],
	['bo', 'lin', 'dra', 'es', 'hu', 'kor', 'sta', 'vi', 'nel', 'tam', 'ur', 'gro', 'pe', 'shi', 'yan', 'dol', 'mek', 'ra', 'fen', 'ost', 'cu', 'lev', 'jor', 'ba'],
	['thu', 'quo', 'zy', 'wex', 'plo', 'gau', 'nyx', 'vro', 'kle', 'oom', 'sny', 'twe', 'bru', 'xan', 'yo', 'fjo', 'glu', 'hwi', 'dja', 'ick', 'mwo', 'pfa', 'ruq', 'skee'],
];
const topicNouns = [
	['council', 'ministry', 'budget', 'harbour', 'railway', 'hospital', 'school', 'court', 'union', 'company', 'river', 'bridge', 'election', 'tax', 'report', 'inquiry', 'festival', 'factory', 'airport', 'museum', 'police', 'farmers', 'drivers', 'nurses', 'teachers', 'residents', 'investors', 'prosecutors', 'mayor', 'governor', 'senator', 'judge', 'protest', 'strike', 'storm', 'flood', 'fire', 'contract', 'loan', 'reform', 'plan', 'vote', 'treaty', 'merger', 'deficit', 'pipeline', 'stadium', 'clinic', 'ferry', 'tunnel'],
	['team', 'coach', 'league', 'season', 'match', 'striker', 'goalkeeper', 'referee', 'transfer', 'injury', 'final', 'club', 'fans', 'sponsor', 'trophy', 'derby', 'tournament', 'squad', 'captain', 'penalty', 'contract', 'manager', 'academy', 'ground', 'title', 'supporters', 'players', 'owners', 'rivals', 'champions', 'record', 'draw', 'win', 'defeat', 'kit', 'broadcaster', 'camp', 'debut', 'pitch', 'ban', 'fixture', 'cup', 'medal', 'runner', 'cyclist', 'swimmer', 'jockey', 'boxer', 'umpire', 'scout'],
	['fern', 'moss', 'lichen', 'bromeliad', 'pollen', 'spore', 'seedling', 'root', 'petal', 'stem', 'sap', 'bark', 'canopy', 'meadow', 'mire', 'glacier', 'basalt', 'granite', 'quartz', 'sediment', 'estuary', 'dune', 'moraine', 'fungus', 'beetle', 'moth', 'heron', 'otter', 'salamander', 'shrub', 'sedge', 'rushes', 'heather', 'bog', 'tundra', 'cliff', 'ravine', 'peat', 'lava', 'caldera', 'fossil', 'shale', 'limestone', 'reef', 'kelp', 'diatoms', 'coral', 'lagoon', 'delta', 'larvae'],
];
const topicVerbs = [['approved', 'rejected', 'delayed', 'announced', 'criticised', 'defended', 'questioned', 'welcomed', 'blocked', 'funded', 'reviewed', 'cancelled', 'expanded', 'investigated', 'postponed', 'supported', 'opposed', 'signed', 'challenged', 'praised'],
	['beaten', 'drawn with', 'signed', 'dropped', 'trained', 'thrashed', 'edged', 'loaned', 'benched', 'booked', 'fined', 'sold', 'scouted', 'coached', 'outplayed', 'relegated', 'promoted', 'sacked', 'cheered', 'booed'],
	['flowered', 'wilted', 'sprouted', 'migrated', 'nested', 'eroded', 'froze', 'thawed', 'spread', 'drifted', 'bloomed', 'rotted', 'hatched', 'grazed', 'burrowed', 'swelled', 'crumbled', 'moulted', 'pollinated', 'germinated']];
const topicAdjectives = [['new', 'controversial', 'long-awaited', 'regional', 'national', 'costly', 'temporary', 'revised', 'emergency', 'annual', 'local', 'disputed', 'ambitious', 'modest', 'final', 'previous', 'northern', 'southern', 'coastal', 'rural'],
	['unbeaten', 'injured', 'record-breaking', 'young', 'veteran', 'away', 'home', 'late', 'stoppage-time', 'dramatic', 'goalless', 'tactical', 'physical', 'prolific', 'struggling', 'relegated', 'top-flight', 'amateur', 'semi-final', 'knockout'],
	['mossy', 'alpine', 'brackish', 'nocturnal', 'dormant', 'fragrant', 'translucent', 'volcanic', 'glacial', 'sandy', 'damp', 'shaded', 'ancient', 'fertile', 'arid', 'saline', 'crimson', 'speckled', 'feathery', 'silty']];
const quantities = ['dozens of', 'scores of', 'countless', 'myriad', 'innumerable', 'sparse clumps of', 'twelve', 'seventeen', 'nineteen', 'forty'];
const seasons = ['autumn', 'winter', 'midsummer', 'springtime', 'the monsoon', 'the thaw', 'the dry months', 'the equinox'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const synonyms: Record<string, string> = {
	approved: 'passed', rejected: 'turned down', delayed: 'held up', announced: 'unveiled', criticised: 'attacked', defended: 'backed',
	questioned: 'doubted', welcomed: 'hailed', blocked: 'stopped', funded: 'paid for', new: 'fresh', costly: 'expensive', said: 'stated',
	council: 'assembly', plan: 'proposal', residents: 'locals', company: 'firm', report: 'study', strike: 'walkout', vote: 'ballot',
};

const templates: Array<(g: Generator) => string> = [
	g => `The ${g.adj()} ${g.noun()} ${g.verb()} the ${g.noun()} on ${g.day()}, ${g.person()} said.`,
	g => `${g.person()}, who leads the ${g.noun()} in ${g.place()}, said the ${g.adj()} ${g.noun()} would cost ${g.number()} million.`,
	g => `"We have ${g.verb()} the ${g.noun()} because the ${g.noun()} asked us to," ${g.person()} told reporters in ${g.place()}.`,
	g => `According to a ${g.adj()} ${g.noun()}, ${g.number()} ${g.noun()} in ${g.place()} were affected by the ${g.noun()}.`,
	g => `Officials in ${g.place()} ${g.verb()} the ${g.noun()} after ${g.number()} days of talks with the ${g.noun()}.`,
	g => `The ${g.noun()} has ${g.verb()} a ${g.adj()} ${g.noun()}, and ${g.person()} expects a ${g.noun()} before ${g.day()}.`,
	g => `Critics said the ${g.noun()} was ${g.adj()} and that the ${g.noun()} of ${g.place()} had not been consulted.`,
	g => `In ${g.place()}, ${g.number()} ${g.noun()} gathered outside the ${g.noun()} to protest against the ${g.adj()} ${g.noun()}.`,
	g => `${g.person()} ${g.verb()} the decision, saying the ${g.noun()} would ${g.verbBase()} the ${g.noun()} for ${g.number()} years.`,
	g => `It was not clear whether the ${g.noun()} would ${g.verbBase()} the ${g.adj()} ${g.noun()}.`,
	g => `The ${g.noun()} in ${g.place()} said on ${g.day()} that it had ${g.verb()} ${g.number()} ${g.noun()} since ${2000 + g.int(25)}.`,
	g => `A spokesperson for ${g.person()} declined to comment on the ${g.adj()} ${g.noun()}.`,
];

/** Topic 2's own templates: no content word of the news templates above (see the file's comment). */
const fieldTemplates: Array<(g: Generator) => string> = [
	g => `The ${g.adj()} ${g.noun()} ${g.verb()} near the ${g.noun()} during ${g.season()}, ${g.person()} wrote.`,
	g => `${g.person()}, a botanist at ${g.place()}, measured ${g.number()} ${g.noun()} along the ${g.adj()} ${g.noun()}.`,
	g => `Samples of ${g.noun()} collected by ${g.person()} contained ${g.number()} grams of ${g.noun()}.`,
	g => `Under the microscope, each ${g.noun()} showed ${g.adj()} ${g.noun()} and ${g.adj()} ${g.noun()}.`,
	g => `Several ${g.noun()} ${g.verb()} beside ${g.place()} as ${g.season()} arrived.`,
	g => `Naturalists from ${g.place()} catalogued ${g.number()} species of ${g.adj()} ${g.noun()}.`,
	g => `Its ${g.noun()} opens only after ${g.adj()} ${g.noun()}, ${g.person()} noted.`,
	g => `By ${g.season()}, the ${g.noun()} had ${g.verb()} across ${g.number()} hectares of ${g.adj()} ${g.noun()}.`,
	g => `Few ${g.noun()} survive where ${g.adj()} ${g.noun()} ${g.verb()} among the ${g.noun()}.`,
	g => `With ${g.adj()} ${g.noun()} overhead, ${g.person()} photographed ${g.number()} ${g.noun()} at dawn.`,
];

/** Each topic's sentence templates (0 and 1 share the news templates). */
const topicTemplates = [templates, templates, fieldTemplates];

class Generator {
	readonly people: string[];
	readonly places: string[];
	constructor(
		readonly random: () => number,
		readonly topic = 0,
	) {
		const syllables = topicSyllables[topic];
		const name = (parts: number) => {
			let word = '';
			for (let k = 0; k < parts; k++) word += syllables[this.int(syllables.length)];
			return word[0].toUpperCase() + word.slice(1);
		};
		this.people = Array.from({length: 300}, () => `${name(2)} ${name(3)}`);
		this.places = Array.from({length: 200}, () => name(2 + this.int(2)));
	}
	int(n: number) {
		return Math.floor(this.random() * n);
	}
	pick<T>(list: readonly T[]): T {
		return list[this.int(list.length)];
	}
	noun = () => this.pick(topicNouns[this.topic]);
	verb = () => this.pick(topicVerbs[this.topic]);
	verbBase = () => this.pick(['affect', 'delay', 'help', 'protect', 'change', 'replace', 'improve', 'weaken']);
	adj = () => this.pick(topicAdjectives[this.topic]);
	day = () => this.pick(days);
	season = () => this.pick(seasons);
	person = () => this.pick(this.people);
	place = () => this.pick(this.places);
	/** Topic 2 counts in words of its own (digits would be shared with the news topics' counts and years). */
	number = () => (this.topic === 2 ? this.pick(quantities) : String(2 + this.int(980)));
	sentence = () => this.pick(topicTemplates[this.topic])(this);
}

export type Article = {paragraphs: string[][]};

export const render = (article: Article): string => article.paragraphs.map(sentences => sentences.join(' ')).join('\n\n') + '\n';

export const generateArticle = (seed: number, words = 30_000, topic = 0): Article => {
	const g = new Generator(seededRandom(seed), topic);
	const paragraphs: string[][] = [];
	let count = 0;
	while (count < words) {
		const sentences = Array.from({length: 2 + g.int(5)}, () => g.sentence());
		for (const sentence of sentences) count += sentence.split(' ').length;
		paragraphs.push(sentences);
	}
	return {paragraphs};
};

/** Reword a sentence: swap a few words for synonyms, or failing that, drop a clause. */
const reword = (sentence: string, g: Generator): string => {
	const words = sentence.split(' ');
	let changed = 0;
	for (let k = 0; k < words.length && changed < 3; k++) {
		const bare = words[k].replace(/[^\p{L}-]/gu, '');
		const synonym = synonyms[bare];
		if (synonym && g.random() < 0.7) {
			words[k] = words[k].replace(bare, synonym);
			changed++;
		}
	}
	if (changed === 0) words.splice(1 + g.int(Math.max(1, words.length - 2)), 0, g.adj());
	return words.join(' ');
};

export const editArticle = (article: Article, seed: number): Article => {
	const g = new Generator(seededRandom(seed));
	const paragraphs = article.paragraphs.map(sentences => {
		const edited: string[] = [];
		for (const sentence of sentences) {
			const roll = g.random();
			if (roll < 0.05) continue; // deleted
			edited.push(roll < 0.15 ? reword(sentence, g) : sentence);
			if (g.random() < 0.05) edited.push(g.sentence()); // inserted
		}
		return edited.length ? edited : [g.sentence()];
	});
	for (let k = 0; k < 3; k++) {
		const [moved] = paragraphs.splice(g.int(paragraphs.length), 1);
		paragraphs.splice(g.int(paragraphs.length), 0, moved);
	}
	return {paragraphs};
};

export const benchTexts = () => {
	const {original, edited} = editedPair();
	const {left, right} = unrelatedPair();
	return {original, edited, unrelatedA: left, unrelatedB: right};
};

/** The ~30,000-word article and its edited copy, as texts. */
export const editedPair = () => {
	const original = generateArticle(1);
	return {original: render(original), edited: render(editArticle(original, 2))};
};

/**
 * Two genuinely unrelated ~30,000-word articles: civic news and natural history, from
 * disjoint templates and word pools (topics 0 and 2), sharing only function words.
 */
export const unrelatedPair = () => ({left: render(generateArticle(3, 30_000, 0)), right: render(generateArticle(4, 30_000, 2))});

/**
 * Two ~30,000-word news articles about different events written from the same
 * templates (topics 0 and 1): one subject's phrasing, which the engine calls `related`.
 */
export const sameFramesPair = () => ({left: render(generateArticle(3, 30_000, 0)), right: render(generateArticle(4, 30_000, 1))});

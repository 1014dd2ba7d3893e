import type {FeatureContext, FeatureGroup} from './block-features.js';
import {breaksOf} from './article-break.js';
import {detectLanguage} from './language.js';

// The voice of a block: how much of it speaks in the first or second person.
// News prose reports in the third person (a first person is mostly inside a
// quotation); a reader's comment ("I think you are wrong"), an author's bio
// ("I write about …") and a promotion ("Get your copy", "Sign up and we will …")
// speak as I, we and you. Kohlschütter et al. (2010) and Dragnet read a block's
// shape; this reads who is talking, in the page's language (the one whose
// stopword list covers the page best, language.ts, as the rule passes read it).
// A blog written in the first person speaks so in its article too: the block's
// voice is also given against the voice of the article's main run (the prose
// around its densest paragraph, article-break.ts), so the model compares a
// block with its page's article, not with its comments.

/** The first- and second-person pronouns and possessives of one language (case-folded, as words.ts folds them). */
type Persons = {first: readonly string[]; we: readonly string[]; you: readonly string[]};

/**
 * Personal pronouns and possessives by ISO 639-1 code, from the languages'
 * grammars (every such word is in the language's stopwords-iso list). Forms
 * that are as often another person or a function word are left out (German
 * "ihr", "Sie"; French "on"; Italian "ci", "vi"; Spanish "su"), so a hit is a
 * person's voice. A word with an elision counts by its part before the
 * apostrophe ("i'm", "j'ai", "m'a"). Languages without an entry have no voice:
 * the features read 0.
 */
const persons: Readonly<Record<string, Persons>> = {
	en: {first: ['i', 'me', 'my', 'mine', 'myself'], we: ['we', 'us', 'our', 'ours', 'ourselves'], you: ['you', 'your', 'yours', 'yourself', 'yourselves']},
	de: {
		first: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines'],
		we: ['wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres'],
		you: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', 'euren', 'eurem', 'eurer', 'eures'],
	},
	fr: {first: ['je', 'j', 'me', 'm', 'moi', 'mon', 'ma', 'mes'], we: ['nous', 'notre', 'nos'], you: ['tu', 'te', 't', 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos']},
	es: {
		first: ['yo', 'me', 'mí', 'mi', 'mis', 'conmigo', 'mío', 'mía', 'míos', 'mías'],
		we: ['nosotros', 'nosotras', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
		you: ['tú', 'tu', 'tus', 'te', 'ti', 'contigo', 'vosotros', 'vosotras', 'vuestro', 'vuestra', 'usted', 'ustedes'],
	},
	it: {first: ['io', 'me', 'mi', 'mio', 'mia', 'miei', 'mie'], we: ['noi', 'nostro', 'nostra', 'nostri', 'nostre'], you: ['tu', 'te', 'ti', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vostro', 'vostra', 'vostri', 'vostre']},
	pt: {first: ['eu', 'me', 'mim', 'meu', 'minha', 'meus', 'minhas', 'comigo'], we: ['nós', 'nos', 'nosso', 'nossa', 'nossos', 'nossas'], you: ['tu', 'te', 'ti', 'teu', 'tua', 'teus', 'tuas', 'você', 'vocês', 'contigo']},
	nl: {first: ['ik', 'me', 'mij', 'mijn'], we: ['wij', 'we', 'ons', 'onze'], you: ['jij', 'je', 'jou', 'jouw', 'u', 'uw', 'jullie']},
	pl: {
		first: ['ja', 'mnie', 'mi', 'mną', 'mój', 'moja', 'moje', 'moi', 'mojego', 'mojej', 'moim', 'moją', 'moich'],
		we: ['my', 'nas', 'nam', 'nami', 'nasz', 'nasza', 'nasze', 'naszego', 'naszej', 'naszym', 'naszą', 'naszych'],
		you: ['ty', 'ciebie', 'cię', 'tobie', 'tobą', 'twój', 'twoja', 'twoje', 'twojego', 'twojej', 'wy', 'was', 'wam', 'wami', 'wasz', 'wasza', 'wasze', 'waszego', 'waszej'],
	},
	sv: {first: ['jag', 'mig', 'min', 'mitt', 'mina'], we: ['vi', 'oss', 'vår', 'vårt', 'våra'], you: ['du', 'dig', 'din', 'ditt', 'dina', 'ni', 'er', 'era']},
	da: {first: ['jeg', 'mig', 'min', 'mit', 'mine'], we: ['vi', 'os', 'vores'], you: ['du', 'dig', 'din', 'dit', 'dine', 'jer', 'jeres']},
	no: {first: ['jeg', 'meg', 'min', 'mitt', 'mine'], we: ['vi', 'oss', 'vår', 'vårt', 'våre'], you: ['du', 'deg', 'din', 'ditt', 'dine', 'dere', 'deres']},
	ru: {
		first: ['я', 'меня', 'мне', 'мной', 'мой', 'моя', 'моё', 'мое', 'мои', 'моего', 'моей', 'моих'],
		we: ['мы', 'нас', 'нам', 'нами', 'наш', 'наша', 'наше', 'наши', 'нашего', 'нашей', 'наших'],
		you: ['ты', 'тебя', 'тебе', 'тобой', 'твой', 'твоя', 'твоё', 'твое', 'твои', 'вы', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваше', 'ваши'],
	},
};

/** Which person a word is in (1 first singular, 2 first plural, 3 second), by language, made once per language. */
const tables = new Map<string, Map<string, number> | undefined>();
const personTable = (language: string): Map<string, number> | undefined => {
	if (!tables.has(language)) {
		const entry = persons[language];
		tables.set(language, entry && new Map([...entry.first.map((word) => [word, 1] as const), ...entry.we.map((word) => [word, 2] as const), ...entry.you.map((word) => [word, 3] as const)]));
	}

	return tables.get(language);
};

/** The person of one case-folded word in `table` (0: none); an elided word by its part before the apostrophe. */
const personOf = (table: ReadonlyMap<string, number>, word: string): number => {
	const direct = table.get(word);
	if (direct !== undefined) {
		return direct;
	}

	const apostrophe = word.search(/['’]/u);
	return apostrophe > 0 ? (table.get(word.slice(0, apostrophe)) ?? 0) : 0;
};

/** How many of `words` are in each person: [first singular, first plural, second]. */
export const voiceCounts = (words: readonly string[], language: string): [number, number, number] => {
	const counts: [number, number, number] = [0, 0, 0];
	const table = personTable(language);
	if (!table) {
		return counts;
	}

	for (const word of words) {
		const person = personOf(table, word);
		if (person > 0) {
			counts[person - 1]++;
		}
	}

	return counts;
};

/** Words (from the start of the page) the language is read from: as the rule passes read it (classify.ts). */
const languageSampleWords = 400;

/** The page's voice, once per feature context: per block its I, we and you shares, and the article's main run's (`span`). */
type PageVoice = {first: Float64Array; we: Float64Array; you: Float64Array; span: number; personal: Float64Array};
const voices = new WeakMap<FeatureContext, PageVoice>();

const pageVoice = (context: FeatureContext): PageVoice => {
	let voice = voices.get(context);
	if (voice) {
		return voice;
	}

	const {states} = context;
	const [runStart, runEnd] = breaksOf(context).run;
	const sample: string[] = [];
	for (const {f} of states) {
		if (sample.length >= languageSampleWords) {
			break;
		}

		sample.push(...f.words.slice(0, languageSampleWords - sample.length));
	}

	const language = detectLanguage(sample);
	const n = states.length;
	voice = {first: new Float64Array(n), we: new Float64Array(n), you: new Float64Array(n), span: 0, personal: new Float64Array(n)};
	let spanWords = 0;
	let spanPersonal = 0;
	for (let i = 0; i < n; i++) {
		const {words} = states[i].f;
		const [first, we, you] = voiceCounts(words, language);
		const size = Math.max(1, words.length);
		voice.first[i] = first / size;
		voice.we[i] = we / size;
		voice.you[i] = you / size;
		voice.personal[i] = (first + we + you) / size;
		if (i >= runStart && i <= runEnd && states[i].grade === 'good') {
			spanWords += words.length;
			spanPersonal += first + we + you;
		}
	}

	voice.span = spanWords > 0 ? spanPersonal / spanWords : 0;
	voices.set(context, voice);
	return voice;
};

/** Blocks each side whose voice the window reads. */
const windowReach = 2;

/** The mean personal share (PageVoice.personal) of the prose blocks (grade good) within windowReach of block `i`, itself aside; undefined when there are none. */
const windowPersonal = (context: FeatureContext, voice: PageVoice, i: number): number | undefined => {
	let personal = 0;
	let count = 0;
	const {states} = context;
	for (let j = Math.max(0, i - windowReach); j <= Math.min(states.length - 1, i + windowReach); j++) {
		if (j !== i && states[j].grade === 'good') {
			personal += voice.personal[j];
			count++;
		}
	}

	return count === 0 ? undefined : personal / count;
};

/**
 * The voice features (block-features.ts adds the group): the shares of a block's
 * words in the first person singular, plural and the second person; all three
 * against the same share in the prose of the article's main run (positive:
 * more personal than the article); and the personal share of the prose blocks
 * around it (a thread of comments speaks so block after block).
 */
export const voiceGroup: FeatureGroup = {
	names: ['voice.i', 'voice.we', 'voice.you', 'voice.against-article', 'voice.article', 'voice.window'],
	against: [
		['first-person voice', 'comments'],
		['first-person voice', 'comments'],
		['addressed to the reader', 'newsletter'],
		['more personal than the article', 'comments'],
		undefined,
		['among personal blocks', 'comments'],
	],
	compute: (context, i, out, at) => {
		const voice = pageVoice(context);
		out[at] = voice.first[i];
		out[at + 1] = voice.we[i];
		out[at + 2] = voice.you[i];
		out[at + 3] = voice.personal[i] - voice.span;
		out[at + 4] = voice.span;
		out[at + 5] = windowPersonal(context, voice, i) ?? 0;
	},
};

/**
 * The voice as the block's difference from its article only (`--features excess` in a
 * fit): how much more of the block's words are personal (I, we, you) than of the
 * article's main run, and the same for the prose blocks two either side; 0 when the
 * block is no more personal than its article. A block is never given its page's own
 * level (the ninth session's fit split on `voice.article`, a page-level value that
 * tells the training pages apart and does not carry to unseen sites), and a block
 * without personal words reads 0 whatever its page's voice.
 */
export const voiceExcessGroup: FeatureGroup = {
	names: ['voice.excess', 'voice.window-excess'],
	against: [['more personal than the article', 'comments'], ['among personal blocks', 'comments']],
	compute: (context, i, out, at) => {
		const voice = pageVoice(context);
		out[at] = Math.max(0, voice.personal[i] - voice.span);
		const around = windowPersonal(context, voice, i);
		out[at + 1] = around === undefined ? 0 : Math.max(0, around - voice.span);
	},
};

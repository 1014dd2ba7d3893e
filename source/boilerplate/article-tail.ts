import {callToActionCues} from './call-to-action.js';
import {detectLanguage} from './language.js';
import {isSentenceLike, isSiteTemplate, type LineState} from './line-state.js';
import {listMark} from './lists.js';
import {stopwordsFor} from './stopwords.js';
import {voiceCounts} from './voice.js';

// The article's last paragraphs, past a picture. The fitted decision reads a
// block's distance from the article's densest paragraph, so a long article's
// last paragraphs lose probability block by block, and one set below a photo
// and its credit, a gallery's placeholder or a subheading falls under the
// threshold though it is the same kind of text as the paragraph above it
// (held out by site, nineteenth session: a last paragraph after a photo, a
// post's end after an embedded video, a reference list's entries).
// What follows an article is also prose: a reader's comment, an author's
// bio, a teaser of another story, a sign-up prompt. The pass keeps a
// paragraph only when the rules put it in the article, nothing but a few
// dropped blocks and photo captions stand between it and the kept article,
// and it reads as the article's: about the article's subject, in its voice,
// not speaking to the reader of the site's machinery, not a list item.

/** Dropped blocks (firm captions aside) in a row that end the walk down from the last kept paragraph. */
const gapLimit = 2;

/** The fewest words of a paragraph the pass keeps: shorter lines are left to the decision and the closing-sentence rule. */
const minimumWords = 11;

/** Content words (four letters or more, not a stopword of the page's language) a paragraph shares with the kept article above it. */
const sharedWords = 3;

/** Words (from the start of the page) the language is read from, as the rule passes read it (classify.ts). */
const languageSampleWords = 400;

/** A line that trails off ("… weiter…", "Read more..."): a teaser's. */
const trailsOff = /(?:…|\.\.\.)["'”’»)\]]*$/u;

/**
 * A line ending with a question or an exclamation: under an article, more often a prompt ("Do you think …?") or a
 * teaser's headline than the article's last paragraph, as closing-sentence.ts reads a closing line.
 */
const asksOrExclaims = /[?!]["'”’»)\]]*$/u;

/** A line opening with a bullet or a star (a comment list's "☆ Name: …", a feed's "• …"). */
const bulletOpening = /^[☆★□■•·*\-–]/u;

/**
 * Keeps the article's paragraphs under its last kept paragraph that the
 * fitted decision dropped. From the last block kept as body with grade good
 * (not firm), walks down: firm photo captions are stepped over, any other
 * firm block (tags, a comment counter, a headline list, a share line) ends
 * the walk, blocks kept as body continue it, and a dropped block is kept
 * when it is a paragraph of the article:
 * - the rules' label (`rules`) is body, its grade good, it ends as a
 *   statement (a full stop: not a question or an exclamation), has `minimumWords` words or more and under half its text in
 *   links, is repeated in no other story and is no part of the site's
 *   template;
 * - not in a reader-comment thread (`inThread`, block-model.ts's test);
 * - not a prompt (callToActionCues: addressed to the reader with a word of
 *   the site's machinery), not a list item or a bulleted line, not trailing
 *   off as a teaser does;
 * - in the article's voice: not in the first person singular unless the
 *   kept prose above is (voice.ts);
 * - on its subject: at least `sharedWords` content words in common with the
 *   article's kept prose above it.
 * Any other dropped block counts toward the gap; `gapLimit` + 1 of them in a
 * row end the walk. Mutates `states[i].final`; linear in the blocks (the
 * kept prose is read once).
 */
export const keepArticleTail = (states: LineState[], rules: ReadonlyArray<LineState['final']>, inThread: (i: number) => boolean): void => {
	const last = states.findLastIndex((state) => state.final?.kind === 'body' && state.grade === 'good' && !state.firm);
	if (last === -1) return;

	// What the kept article above is made of, read once on the first candidate.
	let article: {language: string; stopwords?: Set<string>; words: Set<string>; firstPerson: boolean} | undefined;
	const readArticle = (): NonNullable<typeof article> => {
		const sample: string[] = [];
		for (const state of states) {
			if (sample.length >= languageSampleWords) break;
			sample.push(...state.f.words.slice(0, languageSampleWords - sample.length));
		}

		const language = detectLanguage(sample);
		const stopwords = stopwordsFor(language);
		const words = new Set<string>();
		let firstPerson = false;
		for (let i = 0; i <= last; i++) {
			if (states[i].final?.kind !== 'body' || states[i].grade !== 'good') continue;
			firstPerson ||= voiceCounts(states[i].f.words, language)[0] > 0;
			for (const word of states[i].f.words) if (isContent(word, stopwords)) words.add(word);
		}

		return {language, stopwords, words, firstPerson};
	};

	const isParagraph = (j: number): boolean => {
		const {f, grade, repeated} = states[j];
		const rule = rules[j];
		if (rule?.kind !== 'body' || grade !== 'good' || !isSentenceLike(f) || f.size < minimumWords || f.linkShare >= 0.5 || repeated || isSiteTemplate(rule)) return false;
		if (asksOrExclaims.test(f.plain) || callToActionCues(f) > 0 || listMark(f) !== undefined || bulletOpening.test(f.plain) || trailsOff.test(f.plain) || inThread(j)) return false;
		article ??= readArticle();
		if (!article.firstPerson && voiceCounts(f.words, article.language)[0] > 0) return false;
		let shared = 0;
		for (const word of new Set(f.words)) if (article.words.has(word) && isContent(word, article.stopwords)) shared++;
		return shared >= sharedWords;
	};

	for (let j = last + 1, gap = 0; j < states.length; j++) {
		const state = states[j];
		if (state.firm) {
			if (state.firm.category !== 'caption') break;
			continue;
		}

		if (state.final?.kind === 'body') {
			gap = 0;
		} else if (state.final?.kind === 'boilerplate' && isParagraph(j)) {
			state.final = {kind: 'body'};
			gap = 0;
		} else if (++gap > gapLimit) {
			break;
		}
	}
};

/** A content word: four letters or more, a letter in it, not one of the language's stopwords. */
const isContent = (word: string, stopwords: Set<string> | undefined): boolean => word.length >= 4 && !stopwords?.has(word) && /\p{L}/u.test(word);

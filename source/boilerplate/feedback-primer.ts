// Type feedback for the labeller's character loops before the corpus runs through them.
//
// A one-shot `strip` is mostly V8 warming the labeller up (README, Speed: the
// compiler threads take about a third of its CPU). TurboFan compiles a hot
// function for the paths its first pages took; the first later page with a rarer
// character (an emoji's surrogate pair, a CJK or Thai run, a guillemet, a
// combining accent, a typographic space) takes a branch with no type feedback,
// and V8 throws the compiled code away ("Insufficient type feedback", `node
// --trace-deopt`), runs the function unoptimised again and compiles it anew. On the
// 181 dev page dumps that happened to the normaliser's loop (writeNormalized, six
// compilations), the reflow's line measure (measureLine, four), foldWork,
// scanTokens, wordEnd, foldWord and textBlocks: some 30% of the compiler threads'
// time was recompiling them (bench/strip-deopts.ts).
//
// Running the same functions first on a short text of every such kind of
// character gives each branch its feedback while the functions are still
// interpreted, so they are compiled once, for all of them. The text is made up
// here (no dev data), and what it computes is thrown away: every function it runs
// is pure but for scratch buffers and caches keyed by their input, so the labels of
// the real corpus are the same byte for byte (bench/strip-identical.ts).
import {textBlocks} from './blocks.js';
import {scan} from './corpus-evidence.js';
import {sameStory} from './story-sketch.js';
import {normalizeForMatch, normalizeMapped} from '../text/normalize.js';
import {wordsOf} from '../text/words.js';

/**
 * A short page in many scripts and typographies: Latin with accents composed and
 * combining, guillemets and curly quotes, elisions, typographic and ideographic
 * spaces, soft hyphens and zero-width characters, a terminal control sequence,
 * Greek with capital sigma, Cyrillic, Arabic and Hebrew with their digits,
 * Devanagari, Chinese, Japanese kana (full and half width), Korean,
 * full-width Latin, emoji (surrogate pairs, a skin tone, a variation selector),
 * mathematical digits, replacement characters, Markdown markup and a hard-wrapped
 * paragraph. No dictionary-segmented script (Thai, Lao, Khmer, Myanmar): the
 * first word of one loads ICU's dictionary (some 20 ms of CPU), which a corpus
 * without them should not pay; a page in one costs a recompilation instead.
 */
export const primerText = [
	'# A headline about the 12:30 meeting, 3.5% and 10,000 people',
	'',
	'By Jane Doe · March 3, 2024 · 5 min read',
	'',
	'The council said on Tuesday that it would spend 4.2m on roads, up from 3.1m last',
	'year, and that the work (which starts in May) should end "before the winter".',
	'It said: "We don\'t know yet" -- and added `more` -- nothing else.',
	'',
	'L\' expédition d’été — « Bonjour » ‹ici› „Zitat“ “quote” ‘single’ – dash … fin.',
	'10\u00A0000 km ; vraiment\u202F! oui\u2009? non\u200A: ça\u00A0»',
	'Straße Ärger Öl İstanbul ΣΟΦΙΑ σοφία Ελλάδα Москва Київ Łódź Çağ Ñandú e\u0301te\u0301 na\u0303o a\u0308',
	'مرحبا بالعالم ١٢٣ ۴۵۶ שלום עולם',
	'नमस्ते दुनिया १२३ और क्षेत्र।',
	'中文新闻报道，北京时间十二点。「括弧」『二重』カタカナとひらがな、漢字。ｶﾀｶﾅ ﾃｽﾄ',
	'한국어 뉴스 가나다 각\u3000全角スペース ＡＢＣ１２３ ｘｙｚ',
	'Emoji 🙂 👍🏽 ❤️ ✈︎ 𝟏𝟐𝟑 𝐀𝐁 𠀀𠀁 and a flag 🇩🇪.',
	'co\u00ADoperate zero\u200Bwidth join\u200Dme word\u2060joiner \uFEFFmark',
	'\u001B[31mred\u001B[0m bell\u0007 next\u0085line del\u007F tab\there',
	'\uFFFD\uFFFD━━━ 2012 −5 °C 5′ 3″ №7 ½ ² ﬁ ﬀ ™ ℃ Ⅻ',
	'',
	'- an item with **bold** and [a link](https://example.com/a?b=1&c=2) ~~struck~~',
	'* another item <https://example.org> and www.example.net/page',
	'1. the first; 2) the second',
	'> a quoted line',
	'• a bullet ◦ a circle ▪ a square ► an arrow',
	'| a | b | c |',
	'    indented code line',
	'Home | News | Sport › World » Europe',
	'',
	'A long paragraph of plain prose that goes on and on about nothing in particular, written',
	'to be wrapped at a fixed width, as a terminal browser dumps a page, so that the reflow',
	'joins its lines into one block and measures each of them in code points, columns and bytes.',
].join('\n');

/** Times the primer runs: the first runs may pass before V8 gives a function its feedback vector. */
const rounds = 3;

let primed = false;

/**
 * Runs the labeller's character loops (reflow, normalisation, line keys, word
 * scanning, prose sketches) on primerText, a few times, once per process; later
 * calls do nothing. Returns nothing and changes no result: a speed setting, as
 * strip-bundle.ts's V8 flags (see the top of this file).
 */
export const primeTextFeedback = (): void => {
	if (primed) return;
	primed = true;
	for (let round = 0; round < rounds; round++) {
		const blocks = textBlocks(primerText);
		const {sketch} = scan(primerText, blocks);
		for (const block of blocks) {
			wordsOf(normalizeForMatch(block.text));
			normalizeMapped(block.text);
		}

		sameStory(sketch, sketch);
	}
};

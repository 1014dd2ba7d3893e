import type {FeatureContext, FeatureGroup} from './block-features.js';
import type {LineState} from './line-state.js';
import type {LineFeatures} from './features.js';

// The structure of a reader-comment thread, in any language: a thread is a
// run of units, each a short header (a name, a date and time, a score, a
// "writes:") and the comment's prose, often with the same furniture under
// every comment ("Reply", "Report abuse", a vote count). What repeats is the
// *shape* of the header, not its words: "by jdoe (1234) writes:" and
// "by kcin (34043) writes:", "Jane Doe March 3, 2012 at 4:15 pm" and "John
// Roe May 9, 2012 at 11:02 am" read the same once letters and digits are
// classes. A short block whose shape (or text) recurs on the page is a thread
// marker; prose among markers after the article's core is a comment. The
// decision (block-model.ts) weighs these with the rest, so an article that
// repeats a shape ("Step 1:", "Step 2:") is not dropped on this alone.

/** A block longer than this (in words) is never a comment header or furniture. */
const markerWords = 25;
/** A shape or text must occur this often on a page to be the thread's repeated structure. */
const markerRepeats = 3;
/** How far (in blocks) a comment's prose lies from the markers around it. */
const unitReach = 6;

/** What a kept shape needs: a number (its runs read `0`) or a colon (kept as it is). */
const numberOrColon = /[\p{N}:]/u;

/**
 * The shape of a short block: runs of letters (and the spaces between words)
 * read as `a`, runs of digits as `0`, punctuation kept. Only shapes with a
 * digit or a colon say something beyond "a few words" (a date, a time, a
 * score, "writes:"), so others return undefined.
 */
export const headerShape = (plain: string): string | undefined => {
	// A `0` is a number run (\p{N}), a `:` itself: a text with neither has no shape worth keeping, and most blocks have neither.
	if (!numberOrColon.test(plain)) return undefined;
	const shape = shapeOfHeader(plain);
	return shape.includes('0') || shape.includes(':') ? shape : undefined;
};

/** Code point classes of headerShape: a word character ([\p{L}\p{M}'’_-]), a number (\p{N}), white space (\s), other. */
const Shape = {Word: 0, Number: 1, Space: 2, Other: 3} as const;
type Shape = (typeof Shape)[keyof typeof Shape];

const wordPoint = /^[\p{L}\p{M}’]$/u;
const numberPoint = /^\p{N}$/u;
const spacePoint = /^\s$/u;

/** The class of the code point `code` (ASCII by comparisons, the rest by the patterns' own classes). */
const shapeClass = (code: number): Shape => {
	if (code < 128) {
		if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 95 || code === 45) return Shape.Word;
		if (code >= 48 && code <= 57) return Shape.Number;
		return code === 32 || (code >= 9 && code <= 13) ? Shape.Space : Shape.Other;
	}

	const character = String.fromCodePoint(code);
	return wordPoint.test(character) ? Shape.Word : numberPoint.test(character) ? Shape.Number : spacePoint.test(character) ? Shape.Space : Shape.Other;
};

/**
 * The three replacements of headerShape's description in one pass over the
 * code points, the same string: word runs (letters, marks, apostrophes,
 * underscores and hyphens, and the white space between two of them) become
 * `a`, then number runs (\p{N}) `0`, then white space runs (\s) one space. No
 * replacement joins two runs: a word run is replaced by `a`, neither a number
 * nor white space, and ends on a word character.
 */
export const shapeOfHeader = (plain: string): string => {
	let shape = '';
	let at = 0;
	while (at < plain.length) {
		const code = plain.codePointAt(at)!;
		const kind = shapeClass(code);
		const width = code > 0xFFFF ? 2 : 1;
		if (kind === Shape.Other) {
			shape += plain.slice(at, at + width);
			at += width;
			continue;
		}

		// The run of this class from `at`; a word run goes on past white space followed by another word.
		let end = at + width;
		for (;;) {
			while (end < plain.length) {
				const next = plain.codePointAt(end)!;
				if (shapeClass(next) !== kind) break;
				end += next > 0xFFFF ? 2 : 1;
			}

			if (kind !== Shape.Word) break;
			let past = end;
			while (past < plain.length) {
				const next = plain.codePointAt(past)!;
				if (shapeClass(next) !== Shape.Space) break;
				past += next > 0xFFFF ? 2 : 1;
			}

			if (past === end || past >= plain.length || shapeClass(plain.codePointAt(past)!) !== Shape.Word) break;
			end = past;
		}

		shape += kind === Shape.Word ? 'a' : kind === Shape.Number ? '0' : ' ';
		at = end;
	}

	return shape;
};

/** Per block of a page: the thread structure its features read. */
export type ThreadStructure = {
	/** The block is a thread marker: a short block whose shape or text recurs at least markerRepeats times on the page. */
	marker: Uint8Array;
	/** Markers before the block (whole page). */
	markersBefore: Int32Array;
	/** Distance in blocks to the nearest marker before and after (Infinity: none). */
	markerBefore: Float64Array;
	markerAfter: Float64Array;
	/**
	 * The page may carry a reader-comment thread: it shows comment evidence in words (hasCommentEvidence:
	 * a thread heading, reply/vote furniture, "Name says:") or in structure (a header dated to the minute
	 * or by its age recurring with prose under each: datedUnits), in any language.
	 */
	commentPage: boolean;
	/** hasCommentEvidence of the page (the words' part of commentPage), for the decision's own use. */
	commentEvidence: boolean;
	/** The page's dated units (pageDatedUnits; the structures' part of commentPage), for commentThreadBlocks and datedEntries. */
	dated: DatedUnits;
};

/** A run of repeated dated headers (datedUnits): the headers' block indices and its extent. */
type DatedUnit = {headers: number[]; start: number; end: number};

/**
 * A page's repeated dated units below any amount of prose (datedUnits), with the words of prose above each block:
 * what commentThreadBlocks and datedEntries read. A function of the blocks' text, grades and firm labels, which
 * the fitted decision does not change: made once for a page's decision (ThreadStructure.dated). O(blocks).
 */
export type DatedUnits = {proseAbove: Int32Array; units: DatedUnit[]};

/** The DatedUnits of a page's rule states. */
export const pageDatedUnits = (states: readonly LineState[]): DatedUnits => {
	const proseAbove = proseWordsAbove(states);
	return {proseAbove, units: datedUnits(states, proseAbove, 0)};
};

/** White space that is more than one ASCII space: a run of two, or one other white space character. */
const unevenSpace = /\s\s|[^\S ]/u;

/** Each run of white space one space (most short blocks have none to collapse: then no new string). */
const collapseSpaces = (text: string): string => (unevenSpace.test(text) ? text.replace(/\s+/gu, ' ') : text);

/** The thread structure of a page's blocks (rule states), made once per page: O(blocks). */
export const threadStructure = (states: readonly LineState[]): ThreadStructure => {
	const n = states.length;
	// Per block its two keys (its text; its shape: headerShape), or undefined: each kind counted in a map of its own
	// (a text never meets a shape), then a block is a marker when either of its keys recurs. No array of keys per block,
	// and no key string made beside the text and the shape.
	const texts: Array<string | undefined> = new Array(n);
	const shapes: Array<string | undefined> = new Array(n);
	const textCounts = new Map<string, number>();
	const shapeCounts = new Map<string, number>();
	for (let i = 0; i < n; i++) {
		const {f} = states[i];
		if (f.size === 0 || f.size > markerWords || f.plain.length > 200) {
			continue;
		}

		const text = collapseSpaces(f.plain.toLowerCase());
		const shape = headerShape(f.plain);
		texts[i] = text;
		textCounts.set(text, (textCounts.get(text) ?? 0) + 1);
		if (shape !== undefined) {
			shapes[i] = shape;
			shapeCounts.set(shape, (shapeCounts.get(shape) ?? 0) + 1);
		}
	}

	const recurs = (counts: Map<string, number>, key: string | undefined): boolean => key !== undefined && (counts.get(key) ?? 0) >= markerRepeats;
	const marker = new Uint8Array(n);
	for (let i = 0; i < n; i++) marker[i] = recurs(textCounts, texts[i]) || recurs(shapeCounts, shapes[i]) ? 1 : 0;
	const markersBefore = new Int32Array(n);
	const markerBefore = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
	const markerAfter = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
	let seen = 0;
	let last = -1;
	for (let i = 0; i < n; i++) {
		markersBefore[i] = seen;
		markerBefore[i] = last === -1 ? Number.POSITIVE_INFINITY : i - last;
		if (marker[i]) {
			seen++;
			last = i;
		}
	}

	let next = -1;
	for (let i = n - 1; i >= 0; i--) {
		markerAfter[i] = next === -1 ? Number.POSITIVE_INFINITY : next - i;
		if (marker[i]) {
			next = i;
		}
	}

	const commentEvidence = hasCommentEvidence(states);
	const dated = pageDatedUnits(states);
	return {marker, markersBefore, markerBefore, markerAfter, commentPage: commentEvidence || dated.units.length > 0, commentEvidence, dated};
};

const structures = new WeakMap<FeatureContext, ThreadStructure>();
/**
 * threadStructure of a feature context's states, made once per context (the thread features read it for
 * every block). It reads the blocks' text, grades and firm labels, which the fitted decision does not change,
 * so it holds for the whole of applyBlockModel.
 */
export const structureOf = (context: FeatureContext): ThreadStructure => {
	let structure = structures.get(context);
	if (!structure) {
		structure = threadStructure(context.states);
		structures.set(context, structure);
	}

	return structure;
};

const log1 = (x: number): number => Math.log1p(Math.max(0, x));

/** The comment-thread features (block-features.ts adds the group). */
export const threadGroup: FeatureGroup = {
	names: ['thread.marker', 'thread.markers-before', 'thread.markers-since-core', 'thread.enclosed', 'thread.enclosed-after-core', 'thread.marker-before'],
	against: [
		['comment: repeated comment furniture', 'comments'],
		['comment: below repeated comment headers', 'comments'],
		['comment: below repeated comment headers', 'comments'],
		['comment: between comment headers', 'comments'],
		['comment: between comment headers', 'comments'],
		['comment: under a comment header', 'comments'],
	],
	compute: (context, i, out, at) => {
		const {marker, markersBefore, markerBefore, markerAfter, commentPage} = structureOf(context);
		out[at] = marker[i];
		// Repeated short blocks are a thread's headers only on a page that may carry one (commentPage);
		// elsewhere they are a menu's items repeated in a page's header, sidebar and footer, and prose
		// near them is not a commenter's.
		if (!commentPage) {
			out.fill(0, at + 1, at + 6);
			return;
		}

		const {core} = context;
		const enclosed = markerBefore[i] <= unitReach && markerAfter[i] <= unitReach ? 1 : 0;
		out[at + 1] = log1(markersBefore[i]);
		out[at + 2] = core !== -1 && i > core ? log1(markersBefore[i] - markersBefore[core]) : 0;
		out[at + 3] = enclosed;
		out[at + 4] = core !== -1 && i > core ? enclosed : 0;
		out[at + 5] = markerBefore[i] === Number.POSITIVE_INFINITY ? 0 : 1 / markerBefore[i];
	},
};

/**
 * A header that dates a comment to the minute: a clock time ("4:15 pm", "16:15", "@09:14AM").
 * A year alone is not enough: dated teasers, embedded posts' attributions and tables have years.
 */
const datesAComment = /\d{1,2}:\d{2}(?!\d)/u;
/**
 * …or an age, as threads print it (Disqus, forums, social sites): "3 hours ago", "an hour ago",
 * "vor 2 Stunden", "il y a 3 jours", "hace 5 minutos". One shape for every age (headerShape
 * of the header with the age as "0 ago"), so "2 hours ago" and "an hour ago" make one header.
 */
const commentAge = /\b(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\bvor\s+(?:\d+|einer?)\s+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)\b|\bil y a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b|\bhace\s+(?:\d+|una?)\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)\b/iu;
/**
 * Every match of commentAge has one of these (under the same flags, so the same letters match): lines
 * without one skip the pattern, whose word boundaries and number runs are tried at every position.
 */
const commentAgeHint = /ago|vor|il y a|hace/iu;
/** A comment header is this short (a name, a date, a time, "says:"). */
const headerWords = 15;
/** Article prose (words of blocks graded good) above a thread's first header: a thread is under an article. */
const articleAbove = 100;
/**
 * An embedded post's signature ("— Jane Roe (@janeroe) November 3, 2024 at
 * 10:00", "— Name (@x) 2. Juni 2018"): a handle in brackets, or a dash before
 * the name. The paragraphs between such posts are the article's.
 */
const embeddedSignature = /\(@[\p{L}\p{N}_.]+\)|^[—–-]\s*\p{L}/u;

/**
 * Words of a thread's furniture, the controls under or beside each comment in
 * the languages of the markers (markers.ts): reply, report, vote, like,
 * quote, permalink. A block of these words alone (with counts, dots, arrows:
 * "Reply · Report · 3 likes", "▲ 12 ▼ 2 Reply") is furniture. "Share" is no
 * core word (furnitureCores): live blogs put share links under every entry, so
 * "Share" alone is none, but "4 • Reply • Share ›" is.
 */
const furnitureWords = new Set(['reply', 'share', 'replies', 'report', 'abuse', 'flag', 'like', 'likes', 'liked', 'unlike', 'dislike', 'dislikes', 'upvote', 'upvotes', 'downvote', 'downvotes', 'vote', 'votes', 'point', 'points', 'score', 'quote', 'permalink', 'respond', 'recommend', 'recommended', 'recommends', 'helpful', 'parent', 'collapse', 'expand', 'edit', 'delete', 'hide', 'comment', 'this', 'to', 'in', 'up', 'down', 'log', 'login', 'antworten', 'antwort', 'melden', 'gefällt', 'mir', 'zitieren', 'répondre', 'réponse', 'signaler', "j'aime", 'aime', 'citer', 'responder', 'denunciar', 'reportar', 'citar', 'me', 'gusta', 'rispondi', 'segnala', 'piace', 'mi', 'cita', 'beantwoorden', 'reageer', 'reageren', 'melden', 'ответить', 'пожаловаться', 'нравится', 'цитировать', 'odpowiedz', 'zgłoś', '回复', '举报', '返信', '報告', '답글']);
/** Words of furniture that only a comment carries (not "this", "edit", "up"…); a furniture block has one. */
const furnitureCores = new Set(['reply', 'replies', 'report', 'flag', 'like', 'likes', 'liked', 'dislike', 'dislikes', 'upvote', 'upvotes', 'downvote', 'downvotes', 'vote', 'votes', 'points', 'permalink', 'respond', 'recommend', 'recommended', 'recommends', 'antworten', 'antwort', 'melden', 'gefällt', 'répondre', 'signaler', "j'aime", 'responder', 'denunciar', 'reportar', 'gusta', 'rispondi', 'segnala', 'piace', 'beantwoorden', 'reageer', 'reageren', 'ответить', 'пожаловаться', 'нравится', 'odpowiedz', 'zgłoś', '回复', '举报', '返信', '답글']);
/** A cheap pre-test: a block of furniture has one of these (a core word's stem, a vote glyph, an avatar, a login). */
const furnitureHint = /repl|repo|flag|like|vote|point|perma|respo|recomm|antwort|meld|gefällt|répond|signal|aime|denunc|gusta|rispond|segnal|piace|beantw|reage|ответ|пожал|нрав|odpow|zgłoś|回复|举报|返信|답글|avatar|picture|photo|log ?in|sign in|regist|[▲▼△▽↑↓⬆⬇👍👎+−]/iu;
/** Vote arrows and thumbs: a count beside one is a comment's score. */
const voteGlyph = /[▲▼△▽↑↓⬆⬇👍👎+−]\s*\d|\d\s*[▲▼△▽↑↓⬆⬇👍👎]/u;

/** A short block of comment furniture alone ("Reply", "Report abuse", "Reply · Report · 3 likes", "▲ 4 ▼ 1"). */
export const isThreadFurniture = (plain: string): boolean => {
	const words = plain.toLowerCase().match(/[\p{L}\p{M}'’]+/gu) ?? [];
	if (words.length > 8) {
		return false;
	}

	if (words.length === 0) {
		return voteGlyph.test(plain);
	}

	return words.every((word) => furnitureWords.has(word.replace('’', "'"))) && words.some((word) => furnitureCores.has(word.replace('’', "'")));
};

/** Furniture in words: "Login or register to post comments", "Log in to reply", an avatar's caption ("jdoe's picture", "[avatar]Profile"). */
const commentControl = /^(?:log ?in|sign in|register)\b.{0,30}\b(?:to (?:post|reply|comment)|comments?)$|^[\p{L}\p{N}_ .-]{1,40}['’]s (?:picture|avatar|photo|profile picture)$|^(?:\d+\.\s*)?\[?(?:user )?avatar\]?\s*(?:profile)?$/u;

/** A comment header that names its writer: "Jane Miller says:", "by jdoe (1234) writes:", "Anna schreibt:", "Paul dit :". */
const namesTheWriter = /(?:^|\s)(?:says|said|writes|wrote|replied|replies|sagt|schreibt|schrieb|meint|dit|écrit|a écrit|dice|dijo|escribe|escribió|diz|disse|escreveu|scrive|ha scritto|zegt|schreef|пишет|написал|написала|говорит)\s*:/u;

/**
 * A line that opens a comment's unit or is its furniture, read alone: "Reply",
 * "Reply · Report", "Jane Miller says:", "3 hours ago", "March 3, 2012 at
 * 4:15 pm". Short (at most 8 words), and not the end of a sentence. The reflow (blocks.ts) does
 * not join such a line to a paragraph above that filled its last line.
 */
export const isCommentUnitLine = (plain: string): boolean => {
	if (plain.length > 60 || /[.!?…]["'”’»)]*$/u.test(plain)) {
		return false;
	}

	const words = plain.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
	return words > 0 && words <= 8 && (isThreadFurniture(plain) || (/:\s*$/u.test(plain) && namesTheWriter.test(plain.toLowerCase())) || (commentAgeHint.test(plain) && commentAge.test(plain)) || datesAComment.test(plain));
};

/** A cheap pre-test for threadHeading: a stem of one of its words. */
const headingHint = /comm|coment|koment|respo|respu|repl|thought|reac|discu|komm|répo|reply|convers|say|think|risp|коммент|комент|评论|コメント|댓글/iu;
/**
 * The heading of a comment thread, in the languages of the markers: "Comments",
 * "12 comments", "There are 7 comments about:", "Reader comments", "Leave a reply", "Join the discussion",
 * "What readers say", "Kommentare (4)", "Réactions". Short (at most 8 words).
 */
const threadHeading = /^(?:there (?:are|is|were) )?(?:\d+\s+|no\s+|one\s+)?(?:readers?'?\s+|your\s+)?(?:comments?|responses?|replies|thoughts|reactions?|discussion|kommentare?|leserkommentare|commentaires?|réactions?|réponses|comentarios?|comentários|respuestas|commenti|risposte|reacties|komentarze|комментарии|коментарі|评论|コメント|댓글)\b|^(?:leave a (?:reply|comment)|join the (?:discussion|conversation)|post a comment|add a comment|have your say|what (?:readers|you) (?:say|think)|laisser un commentaire|kommentar schreiben|deja un comentario|lascia un commento)\b/u;

/**
 * A thread's heading in words: a short block (at most 8 words) that threadHeading reads ("12 comments", "Leave a
 * reply"), not a label with its value ("Reactions: Nixe, Anna", a forum post's furniture: a colon and a word after it).
 */
export const isThreadHeadingText = ({f}: LineState): boolean => f.size > 0 && f.size <= 8 && headingHint.test(f.plain) && threadHeading.test(f.plain.toLowerCase()) && !labelWithValue.test(f.plain);

/** "Label: value": a colon with a word after it. */
const labelWithValue = /:\s*[\p{L}\p{N}]/u;

/** A thread's heading or a comment form: a block the markers call comment chrome, or a short heading (threadHeading). */
const isThreadHeading = ({f, firm}: LineState): boolean => firm?.category === 'comments' || (f.size > 0 && f.size <= 8 && headingHint.test(f.plain) && threadHeading.test(f.plain.toLowerCase()));

/**
 * Per block: whether it lies in the run of thread markers and the blocks they
 * enclose (ThreadStructure: within unitReach of a marker each way) that starts
 * right under a thread heading or comment form ("4 comments", "Leave a reply", a
 * block the markers call comment chrome: isThreadHeading) below some of the
 * article's prose (a block graded good above the heading). That is the thread's
 * first comment too, which has one header above it where later comments have
 * several (threadGroup's markers since the core), and whose prose, longer than
 * the article's paragraphs, can be the page's densest block (the core itself).
 * All 0 on a page without comment evidence (ThreadStructure.commentPage). `structure`: threadStructure(states),
 * when the caller has it. `isProse`: what counts as the article's prose above the heading (by default a block
 * graded good); `isHeading`: what opens the thread (by default isThreadHeading). The fitted decision, to mark
 * the run as comments, passes "a block it keeps as body" and "a heading in words" (isThreadHeadingText), so that a
 * "Comment now" link in the article's header, under a site's blurb, and a login form's "Email" field, which
 * the markers call comment chrome, open no thread. O(blocks).
 */
export const underThreadHeading = (states: readonly LineState[], structure: ThreadStructure = threadStructure(states), {isProse = (state: LineState) => state.grade === 'good', isHeading = isThreadHeading}: {isProse?: (state: LineState) => boolean; isHeading?: (state: LineState) => boolean} = {}): Uint8Array => {
	const n = states.length;
	const under = new Uint8Array(n);
	const {marker, markerBefore, markerAfter, commentPage} = structure;
	if (!commentPage) {
		return under;
	}

	let prose = false;
	let open = false;
	for (let i = 0; i < n; i++) {
		if (prose && isHeading(states[i])) {
			open = true;
		} else if (open) {
			const enclosed = markerBefore[i] <= unitReach && markerAfter[i] <= unitReach;
			open = enclosed || marker[i] === 1;
			under[i] = open ? 1 : 0;
		}

		prose ||= isProse(states[i]);
	}

	return under;
};

/**
 * Per block: whether a thread heading or comment chrome (isThreadHeading: "Comments (8)", "Leave a
 * reply", "52 comments", a block the markers call comment chrome, a commenter's name and date) lies
 * above it and below some of the article's own prose (a block graded good that no other story repeats:
 * a site's blurb in the header is no article). Short blocks of one shape recur between an article's own
 * paragraphs too (the stand-ins of its pictures, "Role: …" lines of a list of people, a recipe's
 * quantities): such markers enclose a reader's prose only once the thread has begun, and a comment
 * counter in the article's header (a link to its thread, above the text) begins none. O(blocks).
 */
export const threadBegunAbove = (states: readonly LineState[]): Uint8Array => {
	const begun = new Uint8Array(states.length);
	let prose = false;
	let seen = false;
	for (let i = 0; i < states.length; i++) {
		begun[i] = seen ? 1 : 0;
		seen ||= prose && isThreadHeading(states[i]);
		prose ||= states[i].grade === 'good' && !states[i].repeated;
	}

	return begun;
};

/**
 * Evidence besides the clock times that blocks from..to, whose dated headers
 * are at `headers`, are a reader-comment thread, not a live blog's entries, a timeline or the
 * paragraphs between embedded posts: a thread's heading or a comment form
 * (a firm 'comments' label, or a short heading) above the first header,
 * below the article's first articleAbove words of prose; furniture (reply, report, votes) at least
 * twice among the blocks, or in half the headers themselves ("Jane | May 9,
 * 2012 2:28 AM | Reply"); or headers that name their writer ("says:") at
 * least twice. O(to - from).
 */
const commentEvidence = (states: readonly LineState[], from: number, to: number, headers: readonly number[], proseAbove: Int32Array): boolean => {
	for (let i = headers[0] - 1; i >= 0 && proseAbove[i] >= articleAbove; i--) {
		if (isThreadHeading(states[i])) {
			return true;
		}
	}

	let furniture = 0;
	let writers = 0;
	for (let i = from; i <= to; i++) {
		const {f, firm} = states[i];
		if (f.size <= 8 && (firm?.category === 'comments' || (furnitureHint.test(f.plain) && (isThreadFurniture(f.plain) || commentControl.test(f.plain.toLowerCase())))) && ++furniture >= 2) {
			return true;
		}

		if (f.size <= headerWords && f.plain.includes(':') && namesTheWriter.test(f.plain.toLowerCase()) && ++writers >= 2) {
			return true;
		}
	}

	// Controls printed in the header line itself: "David | November 9, 2012 2:28 AM | Reply", "by jdoe on Aug 8, 2012 7:01 PM up reply actions".
	let controlled = 0;
	for (const i of headers) {
		if (i < states.length && (states[i].f.plain.toLowerCase().match(/[\p{L}\p{M}'’]+/gu) ?? []).some((word) => furnitureCores.has(word))) {
			controlled++;
		}
	}

	return controlled >= Math.max(2, headers.length / 2);
};

/**
 * Whether a page shows any reader-comment evidence below its first
 * articleAbove words of prose (commentEvidence over the rest of the page: a
 * thread heading or comment form, reply/report/vote furniture twice, "Name
 * says:" twice). Without it, prose among repeated short shapes (a live blog's
 * times, a timeline's dates) is not a commenter's. O(blocks).
 */
export const hasCommentEvidence = (states: readonly LineState[]): boolean => {
	const n = states.length;
	const proseAbove = new Int32Array(n + 1);
	let from = -1;
	for (let i = 0; i < n; i++) {
		proseAbove[i + 1] = proseAbove[i] + (states[i].grade === 'good' ? states[i].f.size : 0);
		if (from === -1 && proseAbove[i + 1] >= articleAbove) {
			from = i + 1;
		}
	}

	return from !== -1 && from < n && commentEvidence(states, from, n - 1, [n], proseAbove);
};

/**
 * The blocks of a page's reader-comment thread, found by structure and
 * furniture: a header key that recurs at least markerRepeats times, every
 * time after the article (at least articleAbove words of prose above the
 * first; not the densest prose block, which on a page of long comments is a
 * comment), with prose between each occurrence and the next, is the thread's
 * repeated unit when the run also carries comment evidence (commentEvidence:
 * a thread heading, reply/report/vote furniture, "Name says:"). Only a header
 * dated to the minute or by its age qualifies (a short block, not prose nor an image, with a
 * clock time: "Jane Doe 3 March 2012, 16:15", "by jdoe (1234) writes: on
 * Tuesday July 24, @09:14AM"; or an age: "Alex Morgan • 3 hours ago"); not "Step 1:", not a gallery's "2 of 17", not
 * an embedded post's signature "— Jane (@jane) 2. Juni 2018, 10:00", not
 * furniture repeated between an article's paragraphs ("Advertisement",
 * "Enlarge image"), which real pages have. Clock times alone are no thread: a
 * live blog's entries ("10:42 Police say …") and a timeline's sections
 * ("Thursday, 02:15") have them too. The thread runs from the first occurrence
 * (and the short name line or avatar just above it) to the last, and on for
 * one more unit's length of prose. Returns one flag per block; none when no
 * key qualifies. `dated`: pageDatedUnits(states), when the caller has it.
 */
export const commentThreadBlocks = (states: readonly LineState[], dated: DatedUnits = pageDatedUnits(states)): boolean[] => {
	const thread = Array.from({length: states.length}, () => false);
	const {proseAbove, units} = dated;
	// datedUnits with articleAbove words of prose above the first header: those of no bound, in the same order, so filtered.
	for (const {headers, start, end} of units) {
		if (proseAbove[headers[0]!]! < articleAbove || !commentEvidence(states, start, Math.min(states.length - 1, end + 1), headers, proseAbove)) {
			continue;
		}

		for (let i = start; i <= end; i++) {
			thread[i] = true;
		}
	}

	return thread;
};

/**
 * Runs of dated entries that are not a reader-comment thread: a header dated
 * to the minute or by its age whose shape recurs at least markerRepeats
 * times with prose between each occurrence and the next (the units
 * commentThreadBlocks finds), below any amount of prose, on a stretch with no
 * comment evidence (commentEvidence: no thread heading, no reply/report/vote
 * furniture, no "Name says:"). A live blog's entries ("Posted at 22:31", its
 * text, "Share"), a timeline's sections. Each run: its headers' block
 * indices and its extent (from the first header to one unit past the last).
 * `dated`: pageDatedUnits(states), when the caller has it.
 */
export const datedEntries = (states: readonly LineState[], dated: DatedUnits = pageDatedUnits(states)): DatedUnit[] => {
	const {proseAbove, units} = dated;
	return units.filter(({headers, start, end}) => !commentEvidence(states, start, Math.min(states.length - 1, end + 1), headers, proseAbove));
};

/** Words of prose (blocks graded good) above each block: proseAbove[i] counts blocks 0..i-1. */
const proseWordsAbove = (states: readonly LineState[]): Int32Array => {
	const proseAbove = new Int32Array(states.length + 1);
	for (let i = 0; i < states.length; i++) {
		proseAbove[i + 1] = proseAbove[i] + (states[i].grade === 'good' ? states[i].f.size : 0);
	}

	return proseAbove;
};

/**
 * The header shape of a block that dates a comment (a clock time, or an age made "0 ago"),
 * undefined for any other block (one in brackets, an embedded post's signature, no date):
 * a function of the block's text (f.plain), remembered per block in f.datedHeaderKey (the
 * text alone decides it, and datedUnits asks two or three times a page).
 */
const datedHeaderKey = (f: LineFeatures): string | undefined => {
	const known = f.datedHeaderKey;
	if (known !== undefined) {
		return known ?? undefined;
	}

	let key: string | undefined;
	if (!f.plain.startsWith('[') && !embeddedSignature.test(f.plain)) {
		const aged = !datesAComment.test(f.plain);
		if (!aged || (commentAgeHint.test(f.plain) && commentAge.test(f.plain))) {
			key = headerShape(aged ? f.plain.replace(commentAge, '0 ago') : f.plain);
		}
	}

	f.datedHeaderKey = key ?? null;
	return key;
};

/**
 * The repeated dated units of a page (commentThreadBlocks' structure, before
 * any comment evidence): per recurring header key with at least `above` words
 * of prose above its first occurrence and prose between each occurrence and
 * the next, its headers and its extent.
 */
const datedUnits = (states: readonly LineState[], proseAbove: Int32Array, above: number): Array<{headers: number[]; start: number; end: number}> => {
	const n = states.length;
	const places = new Map<string, number[]>();
	for (let i = 0; i < n; i++) {
		const {f} = states[i];
		if (f.size === 0 || f.size > headerWords || states[i].grade === 'good') {
			continue;
		}

		const key = datedHeaderKey(f);
		if (key !== undefined) {
			const list = places.get(key) ?? [];
			list.push(i);
			places.set(key, list);
		}
	}

	const prose = (i: number): boolean => states[i].grade === 'good' || (states[i].grade === 'near' && states[i].f.terminal);
	const units: Array<{headers: number[]; start: number; end: number}> = [];
	for (const list of places.values()) {
		if (list.length < markerRepeats || proseAbove[list[0]] < above) {
			continue;
		}

		let gap = 0;
		let between = true;
		for (let k = 0; k + 1 < list.length && between; k++) {
			between = false;
			for (let i = list[k] + 1; i < list[k + 1] && !between; i++) {
				between = prose(i);
			}

			gap = Math.max(gap, list[k + 1] - list[k]);
		}

		if (!between) {
			continue;
		}

		let start = list[0];
		for (let back = 0; back < 2 && start > 0 && states[start - 1].f.size <= 6 && !states[start - 1].f.terminal && !prose(start - 1); back++) {
			start--;
		}

		let end = list.at(-1)!;
		while (end + 1 < n && end + 1 - list.at(-1)! < gap && !(states[end + 1].firm?.kind === 'boilerplate')) {
			end++;
		}

		units.push({headers: list, start, end});
	}

	return units;
};

import type {BoilerplateCategory} from './label.js';
import type {LineFeatures} from './features.js';
import {boiler, isStrongProse, isTitleLike as isTitleShaped, type LineState} from './line-state.js';
import {placeOnlyReasons} from './chrome-names.js';
import {isSectionKicker} from './kicker.js';
import {hasFullDate} from './metadata.js';
import {formField, isPlainDocument} from './plain-text.js';
import {withoutLeadingPlaceholder} from './image-placeholders.js';
import {scriptSentenceEnds} from '../text/sentences.js';
import {hasUnspacedScript} from '../text/scripts.js';

/** Ends with a full stop of any script (. ． and scriptSentenceEnds). */
const fullStopEnd = new RegExp(`[.．${scriptSentenceEnds}]$`, 'u');

/**
 * A link, not a headline: a list item ("• Complete Coverage »") or a line
 * ending in a chevron, printed or left as an HTML entity by a plain dump
 * ("WATCH VIDEO: Entertainment &raquo"), or a line opening with a chevron or
 * an arrow that points back, never closed as a French quotation is: a blog's
 * link to the previous post ("« Faculty position at Waterloo | Main",
 * "← Das F-Wort – Teil 2"; "« Je pars » : …" is a headline). Read on the raw
 * line: a Markdown bullet ("- Politics", "* Home") is a list item before any
 * cleaning strips it. The one pattern for both titles: the labeller's (here)
 * and the reader's (corpus/title.ts deriveTitle).
 */
export const linkShaped = /^\s*[•·▪►◦‣○●■□*+–-]\s|(?:[»›→]|&raquo;?|&rsaquo;?|&gt;?|&#187;?)\s*$|^\s*(?:[«‹←]|&laquo;?|&lsaquo;?|&larr;?)(?![^»›]*(?:[»›]|&raquo;|&rsaquo;))/iu;

/**
 * An image's stand-in, not a headline: a whole line in brackets as a dump prints an image or its alt
 * text ("[image]", "[IMG]", "[banner1]"), or a row of them ("[photo_1] [photo_2] [photo_3]"), a line that opens with an image word and a colon or a
 * bracket, or is that word alone ("Image: …", "Photo:", "Alt text: …", "bg image(…)"), or a short line
 * naming an image file ("images/2013pfotenhintergrund.jpg").
 */
export const imagePlaceholder = (raw: string): boolean => {
	const line = raw.trim();
	return (
		/^\[[^\]]*\](?:\s*\[[^\]]*\])*$/u.test(line) ||
		/^(?:bg\s+)?(?:image|img|photo|picture|pic|foto|bild|photograph|illustration|graphic|alt(?:\s+text)?|placeholder)\s*(?:[:(]|$)/iu.test(line) ||
		(/\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif)\b/iu.test(line) && line.split(/\s+/u).length <= 6)
	);
};

/** A line that may be the title: shaped like a headline (line-state.ts isTitleLike), not a link, not a form's field. */
const isTitleLike = (f: LineFeatures): boolean => isTitleShaped(f) && !linkShaped.test(f.raw) && !formField.test(f.raw);

/** A full stop of any script, a colon, semicolon or comma at the end: no plain text's heading ends so. */
const plainHeadingEnd = new RegExp(`[.:;,．：；，${scriptSentenceEnds}]$`, 'u');

/** A plain text's heading: its first line, short, not a sentence (one word may do: "Monsoon"). */
const plainHeadingWords = 15;


/** A headline has some length: a section name ("Middle East", "About the author") is shorter. */
const headlineWords = 4;

/**
 * A section kicker over a plain text's first line of words ("WORLD NEWS", "Opinion", kicker.ts), with a
 * headline-shaped line of `headlineWords` or more, longer than it, right under it (past blank lines) and above the
 * article's first body line (`firstBody`): the kicker is navigation and the headline is the text's first line.
 * Returns the first line's index: the headline's, else `first` unchanged.
 */
const pastKicker = (states: LineState[], first: number, firstBody: number): number => {
	const kicker = states[first].f;
	if (!isSectionKicker(kicker.plain, kicker.size)) return first;
	let next = first + 1;
	while (next < firstBody && states[next].f.size === 0) next++;
	if (next >= firstBody) return first;
	const headline = states[next].f;
	if (states[next].firm || !isTitleLike(headline) || headline.size < headlineWords || headline.size <= kicker.size || plainHeadingEnd.test(headline.plain)) return first;
	states[first].final = boiler('navigation', 'section kicker');
	return next;
};

/**
 * A plain text (no trace of a web page, plain-text.ts) names itself by its
 * first line when that line is short and followed by prose (nothing firm, such as
 * a byline or a date, between them): it is the title,
 * and the short lines between it and the prose (a subtitle, "With 3
 * illustrations") are the author's, not chrome. Returns the title's index.
 */
const plainTitle = (states: LineState[], firstBody: number): number | undefined => {
	let first = states.findIndex((state) => state.f.size > 0);
	if (first === -1 || firstBody === -1 || first >= firstBody || states[first].firm) {
		return undefined;
	}

	first = pastKicker(states, first, firstBody);

	const {f} = states[first];
	if (f.size > plainHeadingWords || plainHeadingEnd.test(f.plain) || linkShaped.test(f.raw) || formField.test(f.raw) || imagePlaceholder(f.raw) || chromeHeadingShape(f.plain) || !isPlainDocument(states)) {
		return undefined;
	}

	// A byline, a date or a share button under it: a page's header, left to the usual choice below.
	if (states.slice(first + 1, firstBody).some((state) => state.firm)) {
		return undefined;
	}

	for (let i = first + 1; i < firstBody; i++) {
		const rule = states[i].final;
		if (!states[i].firm && states[i].f.size > 0 && (rule === undefined || (rule.kind === 'boilerplate' && rule.reason !== undefined && placeOnlyReasons.has(rule.reason)))) {
			states[i].final = {kind: 'body'};
		}
	}

	return first;
};

const betweenTitleAndBody = new Set<BoilerplateCategory>(['caption', 'share', 'scraper']);

/** A prompt about the site itself: its newsletter, the reader's inbox, an account, "now". A headline that opens with "Sign up" speaks of something else. */
const aboutTheSite = /(?<!\p{L})(?:our|us|your|you|newsletters?|inbox|e-?mail|account|now|here|today|free trial|unser\w*|ihr\w*|notre|nos|votre|vos|nuestr\w*|tu|su)(?!\p{L})/iu;

/** A date followed by a clause after a colon or a dash ("March 3, 2025: the day everything changed"): a headline that opens with its date. */
const datedHeadline = /^(.{0,40}?)\s*[:–—-]\s+(?:\S+\s+){2,}\S+$/u;

/**
 * Headline position: the text's first line, with nothing but blank lines between it and the
 * article's first body block, shaped like a title (no final stop). A line there that merely
 * starts like chrome is the headline: a newsletter marker's opening ("Sign up for free school
 * meals, council urges", "Subscribe or die: the newspaper crisis") when it says nothing of the
 * site (aboutTheSite), or a date followed by a clause ("March 3, 2025: the day everything changed").
 * Returns the line's index; its firm label is lifted.
 */
const chromeShapedHeadline = (states: LineState[], firstBody: number): number | undefined => {
	const first = states.findIndex((state) => state.f.size > 0);
	if (first === -1 || firstBody === -1 || first >= firstBody || states.slice(first + 1, firstBody).some((state) => state.f.size > 0)) {
		return undefined;
	}

	const state = states[first];
	const {firm, f} = state;
	if (!firm || !isTitleLike(f) || f.size < 4) {
		return undefined;
	}

	const prompt = firm.category === 'newsletter' && firm.reason === 'newsletter prompt' && !aboutTheSite.test(f.plain);
	const date = firm.kind === 'metadata' && firm.metadata === 'date' && hasFullDate(datedHeadline.exec(f.plain)?.[1] ?? '');
	if (!prompt && !date) {
		return undefined;
	}

	state.firm = undefined;
	return first;
};

/** The title: a Markdown heading above the body, else the nearest title-like line above it. */
export const chooseTitle = (states: LineState[]): number | undefined => {
	const firstBody = states.findIndex((state) => state.final?.kind === 'body');
	const limit = firstBody === -1 ? states.length : firstBody;
	const open = (state: LineState): boolean => !state.firm && (!state.final || state.final.kind !== 'body');
	let title: number | undefined = chromeShapedHeadline(states, firstBody) ?? plainTitle(states, firstBody);
	for (let i = 0; i < limit && title === undefined; i++) {
		if (open(states[i]) && states[i].f.heading && isTitleLike(states[i].f)) {
			title = i;
			break;
		}
	}

	if (title === undefined && firstBody !== -1) {
		// The nearest title-like lines above the body (up to three, skipping
		// date, byline, photo, share buttons, reading aids).
		const candidates: number[] = [];
		const plain = isPlainDocument(states);
		for (let i = firstBody - 1; i >= 0 && candidates.length < 3; i--) {
			const state = states[i];
			if (state.firm && (state.firm.kind === 'metadata' || betweenTitleAndBody.has(state.firm.category!) || (state.firm.category === 'navigation' && (state.f.size <= 2 || state.firm.reason === 'reading aid')))) {
				continue;
			}

			// In a plain text (no page's chrome around it), a first line that is a slug, a widget's heading or a form is
			// no headline (breaker18 M7); on a page such lines stop the search as before (passing over them there took
			// the headline from a teaser above: trafilatura-eval −4).
			if (plain && chromeHeadingShape(state.f.plain)) continue;

			if (state.repeated && !state.final) {
				continue; // Site template (a tagline) above the headline.
			}

			if (!open(state) || !isTitleLike(state.f) || state.grade === 'bad') {
				break;
			}

			candidates.push(i);
		}

		// The topmost of some length (a section name such as "Middle East" is
		// shorter), else the longest; a long line between it and the body is
		// the standfirst, article text.
		const substantial = candidates.filter((i) => states[i].f.size >= 4);
		title = substantial.at(-1) ?? candidates.reduce<number | undefined>((best, i) => (best === undefined || states[i].f.size > states[best].f.size ? i : best), undefined);
		for (const i of substantial) {
			if (i > title! && states[i].f.size >= 5) {
				states[i].final = {kind: 'body'};
			}
		}
	}

	// No headline above the body: a first body line shaped like a headline ("... ?") is the title.
	if (title === undefined && firstBody !== -1 && states.slice(0, firstBody).every((state) => state.final?.kind !== 'body') && isTitleLike(states[firstBody].f) && !fullStopEnd.test(states[firstBody].f.plain) && states[firstBody].f.size <= 15 && states.slice(firstBody + 1).find((state) => state.final?.kind !== 'metadata')?.final?.kind === 'body') {
		title = firstBody;
	}

	if (title === undefined && firstBody === -1) {
		title = states.findIndex((state) => open(state) && !state.repeated && isTitleLike(state.f) && state.grade !== 'bad');
		if (title === -1) {
			title = undefined;
		}
	}

	if (title !== undefined) {
		// The title printed twice: the first print is the title, the other its repeat.
		const key = states[title].f.key;
		const earlier = states.findIndex((state, i) => i < title! && key !== 0 && state.f.key === key && !state.firm);
		if (earlier !== -1) {
			title = earlier;
		}

		states[title].final = {kind: 'title'};
	}

	return title;
};

/** Other lines with the title's words: the title printed twice. */
export const markRepeatedTitle = (states: LineState[], titleIndex: number | undefined): void => {
	if (titleIndex === undefined) {
		return;
	}

	const key = states[titleIndex].f.key;
	for (const state of states) {
		if (state !== states[titleIndex] && key && state.f.key === key && state.final?.kind !== 'metadata') {
			state.final = boiler('repeated-title', 'title repeated');
		}
	}
};

/** Categories of text that is never the article's headline: readers' comments, lists of other stories' headlines, related links. */
const notTitleCategories = new Set<BoilerplateCategory | undefined>(['comments', 'headlines', 'related', 'legal', 'newsletter']);

/** A whole line in brackets: an image's alt text or a form's button as a dump prints them ("[Send My Password]", "[p00vl52k]"). */
const bracketed = /^\s*\[[^\]]*\]\s*$/u;

/** How far above the article's start a headline is looked for (blocks; a header has images, a byline, a date, share buttons between). */
const headlineWindow = 25;

/** A block the decision kept as text may still be the headline when it is this short (words). */
const bodyHeadlineWords = 12;

/** How many headline-shaped lines stacked above one another may make the headline and its standfirst (1: the nearest alone). */
const maxStack = 3;

/** A headline-shaped line this long (words) is a standfirst, not a headline (headlines run to about fifteen words). */
const standfirstWords = 16;

/** A headline over its standfirst has this many words at least: a section's name over it ("Middle East") is shorter. */
const standfirstHeadlineWords = 3;

/** Non-body blocks that end a run of article text (a break longer than a caption or a share bar). */
const runBreak = 3;

/** The nearest block above `i` with words, or -1. */
const blockAbove = (states: readonly LineState[], i: number): number => {
	let j = i - 1;
	while (j >= 0 && states[j].f.size === 0) j--;
	return j;
};

/** A picture's caption, by its label (firm.ts names captions) or as an image's stand-in (imagePlaceholder). */
const isPicture = (state: LineState): boolean => state.firm?.category === 'caption' || state.final?.category === 'caption' || imagePlaceholder(state.f.raw);

/** A credit's shape: a short line naming the picture's maker and the paper, agency or archive ("Ian Willms for The New York Times", "Sue Mainka / IUCN", "Jane Doe via Reuters"). */
const creditShape = /\S\s?\/\s?\S|\s(?:for|via)\s+(?:the\s+)?\p{Lu}/u;

/** A credit is short: a name or two and the paper. */
const creditWords = 10;

/**
 * The credit under a picture: a short line shaped like a credit (creditShape) right below an image's stand-in or its
 * caption. A headline under a site's logo ("[logo]" then "Serbia Becomes a Hub for Sex-Change Surgery") has no
 * slash and no "for The …", "via …".
 */
const creditBelowPicture = (states: readonly LineState[], i: number): boolean => {
	const above = blockAbove(states, i);
	return above !== -1 && isPicture(states[above]) && states[i].f.size <= creditWords && creditShape.test(states[i].f.plain);
};

/** A picture inside the article, with its caption and its credit (a box between two paragraphs): it does not break the article's run. */
const pictureBlock = (states: readonly LineState[], i: number): boolean => isPicture(states[i]) || captionShape.test(states[i].f.plain) || creditBelowPicture(states, i);

/**
 * A picture's alt text over its caption, as a dump prints a photo ("Mitt Romney Florida rally", then the caption on the
 * very next line): a line set off by a blank line above and with a picture's caption right below it, no blank between.
 * A headline has a blank line below it; a page read from HTML has no blank lines, so this never applies there.
 */
const altAbovePicture = (states: readonly LineState[], i: number): boolean => {
	const next = states[i + 1];
	const previous = states[i - 1];
	return next !== undefined && next.f.n === states[i].f.lastN + 1 && (previous === undefined || states[i].f.n - previous.f.lastN >= 2) && (isPicture(next) || captionShape.test(next.f.plain));
};

/** Readers' comments inside a run: a thread's markers (a comment's author and date, its number) between its body blocks. */
const threadMarks = 2;

/**
 * The first block of the article's densest run of body text: body blocks
 * joined across fewer than `runBreak` other blocks (a picture with its caption
 * and credit counts for none), the run with the most words. A run with
 * `threadMarks` or more comment markers between its blocks is a comment thread,
 * taken only when no other run has words. Undefined when nothing is body. The
 * article starts there, not at the first body line (an author's bio, a teaser
 * above the headline).
 */
export const articleStart = (states: readonly LineState[]): number | undefined => {
	let best: number | undefined;
	let bestWords = 0;
	let thread: number | undefined;
	let threadWords = 0;
	let start: number | undefined;
	let words = 0;
	let gap = 0;
	let marks = 0;
	// Comment markers since the run's last body block: inside the run once another body block follows.
	let pending = 0;
	for (let i = 0; i <= states.length; i++) {
		const body = i < states.length && states[i].final?.kind === 'body';
		if (body) {
			start ??= i;
			words += states[i].f.size;
			gap = 0;
			marks += pending;
			pending = 0;
			continue;
		}

		if (i < states.length && (states[i].f.size === 0 || (start !== undefined && pictureBlock(states, i)))) continue;
		gap++;
		if (start !== undefined && i < states.length && states[i].final?.category === 'comments') pending++;
		if (start !== undefined && (gap >= runBreak || i === states.length)) {
			if (marks >= threadMarks) {
				if (words > threadWords) {
					thread = start;
					threadWords = words;
				}
			} else if (words > bestWords) {
				best = start;
				bestWords = words;
			}

			start = undefined;
			words = 0;
			marks = 0;
			pending = 0;
		}
	}

	best ??= thread;

	// The run's first paragraph of prose: a headline or a kicker the decision kept above it is not the start.
	for (let i = best; i !== undefined && i < states.length; i++) {
		if (states[i].final?.kind === 'body' && states[i].f.size > bodyHeadlineWords) return i;
	}

	return best;
};

/**
 * A time or a date alone ("03:06 PM EDT", "12.05.2021"): fewer than two words of three letters or more beside a figure,
 * and none of them a common word of six small letters or more ("80-20 software" is a headline).
 */
const figureLine = (plain: string): boolean => /\p{N}/u.test(plain) && (plain.match(/\p{L}{3,}/gu)?.length ?? 0) < 2 && !/(?<!\p{L})\p{Ll}{6,}/u.test(plain);

/**
 * A byline: "By …", "Von …", "Por …", "Escrito por …", "Par …", "Door …",
 * "Autor: …", "Text: …", "Posted by …" before a name, in a short line
 * ("Von David Hutzler, dpa"). The Italian "di" and the Polish "przez" only in
 * small letters: "Di Maio …" is a headline.
 */
const bylineShape = /^(?:(?:posted|written|reported|escrito|publicado|redactado|geschrieben|verfasst|écrit|publié|scritto|pubblicato|napisane|opublikowane)\s+(?:by|por|von|par|da|di|przez)|(?:by|von|por|par|door|av|af|autor|autorin|author|auteur|autore|reportage|(?:text|texto|texte)(?:\s+(?:und|and|y|et)\s+\p{L}+)?))\s*:?\s+(?=\S)/iu;

/** The Italian and Polish byline words, in small letters only ("di Mario Rossi"; "Di Maio …" is a headline). */
const smallBylineShape = /^(?:di|przez)\s+\p{Lu}/u;

/** A byline is short: the name, perhaps an agency or an address. */
const bylineWords = 8;

/** An ASCII digit, which every date pattern below needs. */
const asciiDigit = /\d/u;
/** A time ("12:01", "03:48 pm") or a date in figures ("26/10/13", "01.12.2017", "2023-10-24"): a dateline or an author-and-date line, not a headline. */
const dateShape = /(?<!\p{N})(?:\d{1,2}:\d{2}(?!\d)|\d{1,2}[./-]\s?\d{1,2}[./-]\s?(?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2})/u;

/** A post's metadata line: "Posted on …", "Posted in: …", "Published …", "Tags: …", "Filed under …", "Kategorie: …". */
const postMetaShape = /^(?:posted|published|veröffentlicht|publié|publicado|pubblicato|opublikowano|filed under|abgelegt unter)\b|\b(?:tags|tagged|schlagwörter|schlagworte|kategorie|kategorien|category|categories|catégories?|etiquetas)\s*:/iu;

/** Month names and their short forms (English, German, French, Spanish), for wordDateShape. */
const monthNames = 'jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch|s)?|märz|apr(?:il)?|avr(?:il)?|may|mai|june?|juni|juin|july?|juli|juil(?:let)?|aug(?:ust)?|août|sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';

/** A date with the month in words and the year ("November 4th, 2012", "28. Juli 2019", "Aug 9th, 2012", "1 mars 2021"; dumps glue what follows: "20231. November"): a dateline. */
const wordDateShape = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\.?\s*(?:${monthNames})\.?,?\s*\d{4}|\b(?:${monthNames})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`, 'iu');

/** Share, feed and comment buttons in one line ("Share Adjust Comment Print", "teilen tweeten mailen", "Facebook Page · RSS Feed"): two of these words in a line of at most ten, or a line that opens "Share this", "Share on", "Share by" ("Share prices …" is a headline). */
const shareWord = /^(?:share|teilen|tweet|tweeten|mailen|e-?mail|email|print|drucken|imprimir|imprimer|partager|compartir|condividi|udostępnij|comment|comments|kommentieren|kommentare|pdf|download|whatsapp|facebook|twitter|linkedin|pinterest|instagram|rss|feed)$/iu;

/** A prompt to follow the site ("Join us on Facebook", "Follow Google on Twitter") or to comment ("Leave a comment!"). */
const followShape = /^(?:follow|join|like|find)\s+(?:\S+\s+){0,4}on\s+(?:facebook|twitter|instagram|linkedin|youtube|tiktok)\b|^leave a (?:comment|reply)\b/iu;

/** A list of a post's categories or tags ("in Business, PRESS RELEASE"; "Artikel, Unsere Forschung, Veranstaltungen"): "in" before capitals, or three or more short items between commas. */
const tagShape = (plain: string): boolean => {
	if (/^in\s+\p{Lu}[^,]*,/u.test(plain)) return true;
	const items = plain.split(/\s*,\s*/u);
	return items.length >= 3 && items.every(item => item.split(/\s+/u).length <= 3 && /^\p{Lu}/u.test(item));
};

/** A breadcrumb trail ("Home › News › …", "Home›Technik", "You are here: …"), a skip link ("skip to main", "Zum Inhalt springen") or an item's number before its tags ("35578303 story …"). */
const trailShape = /\s[→›>]\s|\p{L}[→›]\p{L}|^(?:skip to|zum inhalt|zur navigation|aller au contenu|ir al contenido|vai al contenuto|przejdź do)\b|\s»\s.*\s»\s|(?:\s\/\s.*){2}|^(?:you are here|sie sind hier|vous êtes ici|usted está aquí|jesteś tutaj)\b|^\d{5,}\s/iu;

/** A photo's caption with its credit ("… del Saber.Cedida", "… against Dominica. (FILE)", "Foto: …", "© …", "Photo by …", "Illustration by …"), or a link to the picture's larger size ("… View Full Size", "Click to enlarge"). */
const captionShape = /©|\b(?:foto|photo|photograph|bild|image|credit|crédito|quelle|source)\s*:|\b(?:getty images|ap photo|via ap|via reuters)\b|\bview full size$|^(?:click|tap)\s+(?:here\s+)?to\s+enlarge\b/iu;

/** A picture's maker before a name ("Photo by Harold Laudeus", "Illustration by Sam Manchester/The New York Times", "Foto von …"); the name's capital is tested apart (case apart: /i would let \p{Lu} match a small letter). */
const madeByShape = /^(?:photo(?:graph)?s?|photography|illustrations?|graphics?|drawings?|fotos?|bilder?)\s+(?:by|von|de|par|di|por)\s+/iu;

/** A caption's sentence with its credit after the full stop ("… del Saber.Cedida", "… Dominica. (FILE)"). */
const creditAfterSentence = /\p{Ll}[.!?]\s*(?:\(\p{Lu}+\)|\p{Lu}\p{Ll}+)$/u;

/**
 * A page's control named by its imperative ("Jump to Recipe", "Skip to content", "Springe zum Inhalt", "Toggle navigation",
 * "Print Recipe", "Sign in", "Log in", "Listen to this article", "Escucha esta nota", "Zum Vergrößern anklicken", "Show all"):
 * a verb of moving, showing, printing or signing in with the part of the page or the account it acts on. A headline
 * opening with a verb ("Sign up for free school meals, council urges") names something of the world, not of the page.
 */
const controlShape = /(?<![\p{L}\p{N}])(?:(?:jump|skip|go|back|scroll|return|springe?|gehe|zurück|aller|ir|vai|salta|przejdź)\s+(?:to|zu[mr]?|au|à la|al|a|ao|do|nach)?\s*(?:the\s+)?(?:recipe|rezept|content|main|top|comments?|navigation|nav|menu|menü|search|suche|footer|inhalt|hauptinhalt|kommentare?n?|contenu|contenido|conteúdo|oben|anfang)|toggle\s+(?:navigation|nav|menu|search|dropdown|sidebar)|(?:print|save|pin|rate)\s+(?:this\s+)?recipe|zu[mr]\s+(?:inhalt|suche|menü|navigation|hauptinhalt)|(?:show|hide)\s+(?:all|menu|navigation|search)|navigation\s+(?:anzeigen|einblenden|ausblenden|öffnen|schließen)|(?:open|close)\s+menu|menü\s+(?:öffnen|schließen)|sign\s+(?:in|out)|log\s+(?:in|out)|listen\s+to\s+this|escucha\s+esta|artikel\s+anhören|vergrößern\s+anklicken|click\s+to\s+(?:enlarge|expand|view))(?![\p{L}\p{N}])/iu;

/** A control's words as a dump glues them to the next link's ("Jump to RecipePrint Recipe"): a small letter before a capital is a seam. */
const unglued = (plain: string): string => plain.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ');

/** A control is a short line: its name and the next links'. */
const controlWords = 8;

/** Languages by their English names and their own (a language picker prints either), lower case. */
const languageNames = new Set(['arabic', 'chinese', 'dutch', 'english', 'french', 'german', 'greek', 'italian', 'japanese', 'korean', 'polish', 'portuguese', 'russian', 'spanish', 'turkish', 'swedish', 'danish', 'norwegian', 'finnish', 'czech', 'hungarian', 'romanian', 'ukrainian', 'hindi', 'hebrew', 'deutsch', 'español', 'français', 'italiano', 'português', 'nederlands', 'polski', 'türkçe', 'svenska', 'dansk', 'norsk', 'suomi', 'čeština', 'magyar', 'română', 'русский', 'українська', 'العربية', 'עברית', '中文', '日本語', '한국어', 'ελληνικά', 'englisch', 'französisch', 'spanisch', 'italienisch', 'russisch', 'türkisch', 'polnisch', 'arabisch', 'chinesisch']);

/** A language picker: three language names or more, and at least half the line's words ("Arabic Chinese (Simplified) Dutch English …", "[spanish] [greek] [english]"). */
const languageMenu = (plain: string): boolean => {
	const tokens = plain.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
	const names = tokens.filter(token => languageNames.has(token)).length;
	return names >= 3 && names * 2 >= tokens.length;
};

/** A file's or an address's slug ("coffee-cup-art-styrofoam-concept"): three or more lower-case words joined by hyphens or underscores, no space. An image's stand-in names its file so. */
const slugShape = /^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+){2,}$/u;
/** A sidebar widget's heading ("Recent Posts by John Paczkowski", "Recent Posts from Places I Read", "More stories from …"): a list of the site's posts follows, not the article. */
const widgetHeading = /^(?:recent|latest|popular|related|more|other|top|newer|older)\s+(?:posts|articles|stories|entries)\s+(?:by|from)\s/iu;
/** An empty form field anywhere in the line ("Search: [ ] [Search Titles]"): a form, no headline. */
const emptyField = /\[[ _]*\]/u;
/** Bracketed groups: the image stand-ins and form buttons of a dump ("[top_1][top]", "[Subscribe]"). A line with no words outside them is no headline. */
const bracketGroups = /\[[^\]]*\]/gu;

/**
 * A short line shaped as a headline that is a page's chrome in any document, plain text too: a file's slug, a sidebar
 * widget's heading, a form with an empty field, a line of stand-ins with no word outside them.
 */
export const chromeHeadingShape = (plain: string): boolean => slugShape.test(plain) || widgetHeading.test(plain) || emptyField.test(plain) || !/\p{L}{2}/u.test(plain.replace(bracketGroups, ''));

/**
 * A line shaped like something a page's header puts near its headline, and
 * never the headline itself: a byline, a dateline or an author-and-date line, a
 * share bar, a list of tags or a breadcrumb trail, a caption with its credit.
 */
export const notHeadlineShape = (plain: string, size: number): boolean => {
	if (chromeHeadingShape(plain)) return true;
	// A picture's stand-in glued before its credit ("[DSCF2931] Photo by Dan Seifert / The Verge") is the picture's credit.
	if (plain.startsWith('[')) {
		const afterPicture = withoutLeadingPlaceholder(plain).trim();
		if (afterPicture !== plain && afterPicture.length > 0 && (captionShape.test(afterPicture) || madeByShape.test(afterPicture))) return true;
	}

	const byline = bylineShape.exec(plain);
	// The name after the byline word has a capital (case apart: /i would let \p{Lu} match "the" in "By the numbers").
	if (((byline && /^\p{Lu}/u.test(plain.slice(byline[0].length))) || smallBylineShape.test(plain)) && size <= bylineWords) return true;
	// (A date in figures or in words has a digit: most headlines have none, and these two patterns are not anchored.)
	if ((asciiDigit.test(plain) && (dateShape.test(plain) || wordDateShape.test(plain))) || postMetaShape.test(plain) || trailShape.test(plain) || captionShape.test(plain) || creditAfterSentence.test(plain) || tagShape(plain)) return true;
	if (followShape.test(plain) || (size <= controlWords && controlShape.test(unglued(plain))) || languageMenu(plain)) return true;
	const madeBy = madeByShape.exec(plain);
	if (madeBy && /^\p{Lu}/u.test(plain.slice(madeBy[0].length))) return true;
	const tokens = plain.split(/[\s|·•/«»]+/u).filter(Boolean);
	return tokens.length <= 10 && (tokens.filter(token => shareWord.test(token)).length >= 2 || /^share\s+(?:this|on|via|by|follow)\b/iu.test(plain));
};

/** A list item's bullet at the line's start, as a dump prints one ("  • ", "      □ "), and no link's chevron at its end. */
const bulletItem = /^\s*[•·▪►◦‣○●■□*+–-]\s/u;
const chevronEnd = /(?:[»›→]|&raquo;?|&rsaquo;?|&gt;?|&#187;?)\s*$/iu;

/**
 * A block that may be the headline above the article: headline-shaped, not a link, a button, an image or a comment;
 * with `repeatedToo`, also a line found in other stories of the site or corpus (the headline, printed again by the
 * pages that link to the article). With `listItem`, a list item's line may be it (a blog that prints its posts as a
 * list: the post's headline is an item, its byline and date under it), though never one ending in a link's chevron.
 */
const headlineCandidate = (state: LineState, repeatedToo = false, listItem = false): boolean => {
	const decision = state.final;
	return (
		(isTitleLike(state.f) || (listItem && isTitleShaped(state.f) && bulletItem.test(state.f.raw) && !chevronEnd.test(state.f.raw) && !formField.test(state.f.raw))) &&
		!bracketed.test(state.f.raw) &&
		!imagePlaceholder(state.f.raw) &&
		!(state.firm && state.firm.kind !== 'title') &&
		decision?.kind !== 'metadata' &&
		// Text the decision kept above the article's run is a teaser or a caption, unless it is as short as a headline.
		!(decision?.kind === 'body' && state.f.size > bodyHeadlineWords) &&
		!notTitleCategories.has(decision?.category) &&
		!(state.repeated && state.repeated.kind === 'boilerplate' && !repeatedToo) &&
		/\p{L}{2}/u.test(state.f.plain) &&
		!figureLine(state.f.plain) &&
		!notHeadlineShape(state.f.plain, state.f.size)
	);
};

/** A comment link in a header ("• Comments", "12 Comments", "Kommentare (3)") has this many words at most: a comment has more. */
const commentLinkWords = 3;

/** A heading over an author's box: what follows it is the author's bio ("Mara is a reporter … Her latest book is …"), no headline. */
const authorBoxHeading = /^(?:about (?:the )?(?:author|writer|blogger|columnist|contributor)s?|about me|über (?:den|die) autor(?:in)?|zum autor|zur autorin|à propos de l[’']auteur|sobre (?:el|la) autora?|o autorze|sull[’']autore|l[’']autore)\s*:?$/iu;

/** The block at `i` is the first under an author's box heading (authorBoxHeading): the author's bio. */
const authorBio = (states: readonly LineState[], i: number): boolean => {
	const above = blockAbove(states, i);
	return above !== -1 && authorBoxHeading.test(states[above].f.plain.trim());
};

/**
 * The line right below `i` (no blank between) is a date or a byline and no list item itself: a post's header under its
 * headline, inside the headline's list item. A list of items of which one is a date ("• Jane Example in Portsmouth",
 * "• Monday 29 October 2012") is a header's list, its name no headline; a dated link a blank line below ("« Week in
 * Review - October 29, 2012 | Main") is no post's header.
 */
const metadataBelow = (states: readonly LineState[], i: number): boolean => {
	const next = states[i + 1];
	return next !== undefined && next.f.n === states[i].f.lastN + 1 && (next.final?.kind === 'metadata' || next.firm?.kind === 'metadata') && !bulletItem.test(next.f.raw);
};

/**
 * A block whose sentence runs on in the next line (no blank between, a small letter next): a wrapped paragraph's first
 * line, no headline. A byline or a date next ("by Ana Ruiz on …") runs on nothing: it is the header under a headline.
 */
const continuesBelow = (states: readonly LineState[], i: number): boolean => {
	const next = states[i + 1];
	return next !== undefined && next.f.n === states[i].f.lastN + 1 && /^\p{Ll}/u.test(next.f.raw) && next.final?.kind !== 'metadata' && next.firm?.kind !== 'metadata';
};

/** A headline of two words or more may stand right above the article ("Yesterday's over", "80-20 software"): one word is a section's name ("Introduction"). */
const shortHeadlineWords = 2;

/**
 * The block right above the article's start (`start`), past blank lines, its byline, its date and its share bar, when it is
 * shaped like a headline (headlineCandidate) of `shortHeadlineWords` or more: a blog's post title sits so, however
 * short, and a longer line further up (a sidebar's "Member since 08/2003", the site's tagline) is not it.
 */
const headlineRightAbove = (states: readonly LineState[], start: number): number | undefined => {
	for (let i = start - 1; i >= 0; i--) {
		const state = states[i];
		if (state.f.size === 0 || state.final?.kind === 'metadata' || state.firm?.kind === 'metadata' || state.final?.category === 'share') continue;
		return state.f.size >= shortHeadlineWords && headlineCandidate(state) && !continuesBelow(states, i) && !creditBelowPicture(states, i) ? i : undefined;
	}

	return undefined;
};

/**
 * Whether the lines between `headline` and the article's start (`start`) are a header's: each a date or a byline, a
 * share bar, a picture, a short line left out as chrome (under `headlineWords` words: a name), a time or a line of a header's shape
 * (notHeadlineShape), and at least one of them a date
 * or a byline. A headline sits so above its article; a site's line that other pages repeat seldom does.
 */
const headerBelow = (states: readonly LineState[], headline: number, start: number): boolean => {
	let dated = false;
	for (let i = headline + 1; i < start; i++) {
		const state = states[i];
		if (state.f.size === 0) continue;
		const metadata = state.final?.kind === 'metadata' || state.firm?.kind === 'metadata';
		dated ||= metadata;
		const short = state.f.size < headlineWords && state.final?.kind === 'boilerplate';
		if (!metadata && !short && state.final?.category !== 'share' && !isPicture(state) && !figureLine(state.f.plain) && !notHeadlineShape(state.f.plain, state.f.size)) return false;
	}

	return dated;
};

/** A word of this many letters or more carries a headline's subject (shorter ones are mostly function words in the languages served). */
const contentLetters = 4;

/** Words compared by their opening letters, so an inflected or plural form matches ("Gelatine"/"Gelatinefix", "storm"/"storms"). */
const stemLetters = 5;

/** How many words of the article's text, from its start, a headline's words are looked for in. */
const relationWords = 2000;

/** The stems of the article's text: body blocks from `start` on, up to relationWords words. */
const articleStems = (states: readonly LineState[], start: number): Set<string> => {
	const stems = new Set<string>();
	let count = 0;
	for (let i = start; i < states.length && count < relationWords; i++) {
		if (states[i].final?.kind !== 'body') continue;
		for (const word of states[i].f.words) {
			if (word.length >= contentLetters) stems.add(word.slice(0, stemLetters));
			count++;
		}
	}

	return stems;
};

/**
 * How the line at `i` relates to the article under it: the number of its content words (contentLetters or more) whose
 * stem the article's text has, and how many content words it has. A headline names what its article tells, so it shares
 * words with it; a page's chrome near the headline ("Jump to Recipe", "When you purchase through links on our site…", a
 * language picker) shares none. Undefined for a line of a script written without spaces (its words are not words).
 */
const relation = (states: readonly LineState[], i: number, stems: ReadonlySet<string>): {shared: number; content: number} | undefined => {
	if (hasUnspacedScript(states[i].f.plain)) return undefined;
	const content = new Set(states[i].f.words.filter(word => word.length >= contentLetters).map(word => word.slice(0, stemLetters)));
	let shared = 0;
	for (const stem of content) if (stems.has(stem)) shared++;
	return {shared, content: content.size};
};

/** A line of two content words or more, none of which the article's text has: no headline of this article. */
const unrelated = (states: readonly LineState[], i: number, stems: ReadonlySet<string>): boolean => {
	const r = relation(states, i, stems);
	return r !== undefined && r.content >= 2 && r.shared === 0;
};

/**
 * The title once the article's text is decided (after the fitted decision):
 * the headline nearest above the start of the article's densest run of text
 * (articleStart), past images, bylines, dates, captions, share bars and short
 * section names; never a comment, a link, a button or a heading after the
 * article, nor a line shaped like the header's other lines (notHeadlineShape:
 * a byline, a dateline, a share bar, tags, a trail, a caption). A headline of
 * some length wins over a shorter one nearer ("About the author" under the
 * headline); when the page has none of its own, a headline-shaped line other
 * stories repeat is taken (they link to the article); of a stack of
 * headline-shaped lines, the longest is the headline (a kicker or a tagline is
 * shorter; a standfirst ends like a sentence).
 * With no headline of some length of the page's own, the line chosen before
 * (chooseTitle) stays when it is a headline of the page's own; else a short
 * headline right above the start (headlineRightAbove) wins over a line other
 * pages repeat (a sidebar's line, the site's tagline).
 * The line chosen before stays the title when no headline is
 * found, or when it is a Markdown heading or a plain text's first line above
 * the start. Returns the title's index.
 */
export const retitle = (states: LineState[]): number | undefined => {
	const old = states.findIndex((state) => state.final?.kind === 'title');
	const start = articleStart(states);
	if (start === undefined) {
		return old === -1 ? undefined : old;
	}

	if (old !== -1 && old < start && (states[old].f.heading || isPlainDocument(states)) && !imagePlaceholder(states[old].f.raw)) {
		return old;
	}

	const candidates: number[] = [];
	const repeatedCandidates: number[] = [];
	// Past a comment link the header may have ended: a headline there must share words with the article (relation).
	let pastCommentLink = false;
	let stems: Set<string> | undefined;
	const relatedToText = (i: number): boolean => (relation(states, i, (stems ??= articleStems(states, start))) ?? {shared: 1}).shared >= 1;
	let seen = 0;
	for (let i = start - 1; i >= 0 && seen < headlineWindow; i--) {
		const state = states[i];
		if (state.f.size === 0) continue;
		seen++;
		// Readers' comments above the article's start end the header; a short comment link inside it ("• Comments", a count) does not.
		if (state.final?.category === 'comments') {
			if (state.f.size > commentLinkWords) break;
			pastCommentLink = true;
			continue;
		}

		// Under a "Related" heading: the headlines found so far are teasers of other stories.
		if (state.final?.category === 'related') {
			candidates.length = 0;
			continue;
		}

		// Prose outside the article's run: another text (a teaser, a previous post), the header ends below it.
		if (state.final?.kind === 'body' && isStrongProse(state.f) && i < start - headlineWindow) break;
		if (!continuesBelow(states, i) && !creditBelowPicture(states, i) && !altAbovePicture(states, i) && !authorBio(states, i) && (!pastCommentLink || relatedToText(i))) {
			const listItem = metadataBelow(states, i);
			// Asked once: a candidate when repeated lines count too is one of the page's own unless the corpus repeats it
			// (headlineCandidate without repeatedToo is exactly that), so its battery of shapes is not run twice.
			if (headlineCandidate(state, true, listItem)) (state.repeated?.kind === 'boilerplate' ? repeatedCandidates : candidates).push(i);
		}
	}

	// The nearest headline of some length; else, when the line chosen before is no headline of the page's own (the site's tagline,
	// a sidebar's line), a short one right above the article's start ("Yesterday's over") with nothing but its byline and date
	// between; else one also found on other pages (they link to this one).
	let nearest = candidates.find((i) => states[i].f.size >= headlineWords);
	// A headline other pages of the site list (their "latest posts") is still this page's own in the headline's place:
	// nearer the article than any other candidate, with only its byline, date, share bar or short lines below it.
	const linkedHeadline = repeatedCandidates.find((i) => states[i].f.size >= headlineWords);
	if (linkedHeadline !== undefined && (nearest === undefined || linkedHeadline > nearest) && headerBelow(states, linkedHeadline, start)) nearest = linkedHeadline;
	if (nearest === undefined && old !== -1 && old < start && headlineCandidate(states[old]) && !authorBio(states, old)) return old;
	nearest ??= headlineRightAbove(states, start) ?? repeatedCandidates.find((i) => states[i].f.size >= headlineWords);
	if (nearest !== undefined) {
		const text = (stems ??= articleStems(states, start));
		if (unrelated(states, nearest, text) && !headerBelow(states, nearest, start)) {
			const related = (i: number) => (relation(states, i, text)?.shared ?? 0) >= 2;
			nearest = candidates.find((i) => states[i].f.size >= headlineWords && related(i)) ?? repeatedCandidates.find((i) => states[i].f.size >= headlineWords && related(i)) ?? nearest;
		}
	}
	if (nearest === undefined) {
		// No headline above the article: the line chosen before stays, unless it is no headline at all (a time, a button).
		if (old !== -1 && !headlineCandidate(states[old])) {
			states[old].final = boiler('navigation', 'heading outside the article');
			return undefined;
		}

		return old === -1 ? undefined : old;
	}

	// A stack of headline-shaped lines right above one another (a kicker or the site's tagline over the headline):
	// the longest is the headline, the topmost of equals (a standfirst ends like a sentence, so it is no candidate).
	// A standfirst without its full stop (the Guardian's) is longer than any headline: the shorter line over it is the headline.
	const standfirst = (i: number): boolean => states[i].f.size >= standfirstWords;
	let title = nearest;
	for (let i = nearest - 1, stacked = 1; i >= 0 && stacked < maxStack; i--) {
		if (states[i].f.size === 0) continue;
		const headlineOverStandfirst = standfirst(title) && !standfirst(i) && states[i].f.size >= standfirstHeadlineWords;
		// Chrome above the headline (a menu) is not its kicker.
		if (!headlineCandidate(states[i]) || (states[i].f.size < headlineWords && !headlineOverStandfirst) || (states[i].final?.kind === 'boilerplate' && !headlineOverStandfirst)) break;
		if (headlineOverStandfirst || (states[i].f.size >= states[title].f.size && !standfirst(i))) title = i;
		stacked++;
	}

	if (title === old) {
		return old;
	}

	for (let i = title + 1; i <= nearest; i++) {
		if (states[i].f.size >= 5 && headlineCandidate(states[i])) states[i].final = {kind: 'body'};
	}

	if (old !== -1) {
		// The line chosen before: inside the article, text; in a comment thread, a comment; else a heading outside the article.
		const neighbour = states[old + 1]?.final ?? states[old - 1]?.final;
		states[old].final = old >= start ? {kind: 'body'} : neighbour?.category === 'comments' ? boiler('comments', 'in the comments') : boiler('navigation', 'heading outside the article');
		if (old > start && (states[old - 1]?.final?.category === 'comments' || states[old + 1]?.final?.category === 'comments')) {
			states[old].final = boiler('comments', 'in the comments');
		}
	}

	states[title].final = {kind: 'title'};
	markRepeatedTitle(states, title);
	return title;
};

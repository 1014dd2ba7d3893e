import type {ArticleLabels} from '../boilerplate/label.js';
import {datesUpdate, hasFullDate, publicationPart, relativeTimes, saysPublished} from '../boilerplate/metadata.js';
import {parseDateSpan} from '../text/dates.js';
import {factsOf} from './facts.js';
import type {Comparison, Fact} from './model.js';

/** A clock time or its a.m./p.m. ("Updated 10:32 a.m."): when a page was scraped or last touched, not when the story is dated. */
const clockLike = /:|\b[ap]\.?m\b/i;

/** A clock's zone offset ("+0000", "-05:00" in an e-mail's or feed's date): part of the time, which is not compared. */
const zoneOffset = /^[+\-−]\d{2}:?\d{2}$/u;

/**
 * An article as the dateline and title comparisons read it: its text and labels, and what its source
 * gives beside the text (a JSON Lines record's or front matter's `date` and `title`, a page's
 * `article:published_time`: corpus/article.ts).
 */
export type Dated = {text: string; labels: ArticleLabels; meta?: {date?: string}; givenTitle?: string; dom?: unknown};

/**
 * What follows a figure on a date line that counts the page, not its date: a reading time ("4 min read"), comments, views,
 * shares, hits — in English, and in German, French, Spanish, Italian and Portuguese ("1599 x gelesen", "1599 mal gelesen",
 * "12 Kommentare", "1 200 vues", "12 comentarios": breaker16 B6, "(1599 x gelesen)" read as the year 1599).
 */
const pageCount = /^\s*(?:(?:[x×]|mal)\s*)?(?:read|reading|comments?|views?|shares?|likes?|replies|responses|hits|gelesen|aufrufe|kommentare?|leser|vues|lectures?|commentaires?|visitas|lecturas|comentarios?|visualizzazioni|letture|commenti|visualizações|leituras)(?![\p{L}])/iu;

/** A part of a dateline compared across two articles: its text as written, its key as compared, the line's start (-1: the source's metadata). */
type Part = {kind: 'date' | 'name'; text: string; key: string; at: number};

/**
 * The place and the agency of an agency dateline ("BRUSSELS, March 3 (Reuters) -": BRUSSELS and
 * Reuters; "LEUVEN, Belgium (AP) —": LEUVEN and AP), as `name` parts keyed case aside. The place
 * is the line's words before its first comma, parenthesis or dash; the agency is in the last
 * parentheses. Boilerplate/metadata.ts isDatelineLine says which lines have this shape.
 */
const placeAndAgency = (line: string, at: number): Part[] => {
	const parts: Part[] = [];
	const place = /^\s*([^,(\-–—]+?)\s*[,(\-–—]/u.exec(line)?.[1];
	if (place) parts.push({kind: 'name', text: place, key: `place:${place.toLowerCase()}`, at});
	const agency = /\(([^()]+)\)[^()]*$/u.exec(line)?.[1]?.trim();
	if (agency) parts.push({kind: 'name', text: agency, key: `agency:${agency.toLowerCase()}`, at});
	return parts;
};

/** `line` with its relative times (metadata.ts relativeTimes: "3 hours ago", "Yesterday") blanked, offsets kept: they date no article (breaker13b N26). */
const withoutRelativeTimes = (line: string): string => line.replace(relativeTimes, phrase => ' '.repeat(phrase.length));

const dateOrNumber: ReadonlySet<string> = new Set(['date', 'number']);
const dateOnly: ReadonlySet<string> = new Set(['date']);

/**
 * The parts of an article's dateline compared: the dates of its publication date line — the
 * first metadata line labelled `date` or `dateline` that holds a date and does not date an
 * update ("Updated 5 March" above "Published 3 March"; an update line when it is the only one), else (a page that dates
 * its byline instead: "Written by Philip Proefrock on 24/10/12") the first `byline` line that
 * holds a date — and the place and agency of its first agency dateline. One date line per
 * article: a page's later date lines (comment headers, an archive's months, "Updated" lines
 * further down) date other things, and a copy that drops them has not changed its story's date.
 * A whole date (day, month, year) comes before a month or a year alone: an archive's months
 * ("July 2012", "June 2012") above the post's "Posted … on July 12, 2012". Lines above the article's last
 * body line come before those after it (a related story's date in a box after the article).
 */
const datelineParts = (article: Dated): Part[] => {
	const lineText = (line: ArticleLabels['lines'][number]) => article.text.slice(line.span.start, line.span.end);
	// An update dated first ("Updated March 6, first published March 3"): the publication's part of the line (publicationPart).
	const datesOf = (line: ArticleLabels['lines'][number], kinds: ReadonlySet<string>): Part[] =>
		factsOf(withoutRelativeTimes(publicationPart(lineText(line))), article.labels.language)
			.filter(found => kinds.has(found.kind) && !clockLike.test(found.text) && !zoneOffset.test(found.text) && !pageCount.test(lineText(line).slice(found.end, found.end + 24)))
			.map(found => ({kind: 'date' as const, text: found.text, key: found.key, at: line.span.start}));
	const all = article.labels.lines.filter(line => line.kind === 'metadata');
	// Date lines after the article's last body line date other things first (a "Related Stories" box's
	// "28 JUNE 2012, SCIENCE & ENVIRONMENT"): those above it are read first, those after only when none dates it.
	let lastBody = -1;
	for (const line of article.labels.lines) if (line.kind === 'body' && line.span.start > lastBody) lastBody = line.span.start;
	const metadata = [...all.filter(line => line.span.start < lastBody), ...all.filter(line => line.span.start >= lastBody)];
	let dates: Part[] = [];
	let partial: Part[] = [];
	let updated: Part[] = [];
	// Whole dates, in the order read: the one that says it is the publication's, else the first below the title, else the
	// first (a bare date above the title is the site's masthead clock more often: boilerplate/classify.ts articleDateLine).
	const whole: Array<{line: ArticleLabels['lines'][number]; found: Part[]}> = [];
	const titleStart = article.labels.lines.find(line => line.kind === 'title')?.span.start ?? -1;
	for (const line of metadata) {
		if (line.metadata !== 'date' && line.metadata !== 'dateline') continue;
		const found = datesOf(line, dateOrNumber);
		if (found.length === 0) continue;
		// "Updated 5 March" above "Published 3 March": the later change is not the publication date.
		if (datesUpdate(lineText(line))) {
			if (updated.length === 0) updated = found;
			continue;
		}
		// A month or a year alone ("July 2012", an archive's list above the post) dates the post only
		// when no line below gives a whole date.
		if (!hasFullDate(lineText(line))) {
			if (partial.length === 0) partial = found;
			continue;
		}
		whole.push({line, found});
	}
	const choose = (lines: typeof whole) => lines.find(({line}) => saysPublished(lineText(line))) ?? lines.find(({line}) => titleStart >= 0 && line.span.start > titleStart) ?? lines[0];
	// The labeller's choice (boilerplate/classify.ts articleDateLine: ArticleLabels.dateLine) when it is one of these; else this order.
	const chosen = whole.find(({line}) => line.n === article.labels.dateLine) ?? choose(whole.filter(({line}) => line.span.start < lastBody)) ?? choose(whole);
	if (chosen) dates = chosen.found;
	if (dates.length === 0) dates = partial;
	if (dates.length === 0) dates = updated;
	let bylineDate: string | undefined;
	if (dates.length === 0) {
		// A byline's figures are dates only when they read as one (a byline's "5 min read" is not).
		for (const line of metadata) {
			if (line.metadata !== 'byline') continue;
			dates = datesOf(line, dateOnly);
			bylineDate = lineText(line);
			if (dates.length > 0) break;
		}
	}
	// A date the source gives (a JSON Lines `date`, front matter, `article:published_time`, `<time datetime>`) dates an
	// article whose text dates none — nor a whole day: a byline's bare weekday ("By Anna Reporter · Monday") names no
	// calendar day, and the same weekday a week apart hid the source's two dates (breaker13 M41).
	const wholeGiven = article.meta?.date !== undefined && parseDateSpan(article.meta.date)?.precision === 'day';
	if (dates.length > 0 && !chosen && wholeGiven && !(bylineDate !== undefined && hasFullDate(bylineDate)) && !dates.some(date => hasFullDate(date.text))) dates = [];
	if (dates.length === 0 && article.meta?.date) {
		dates = factsOf(article.meta.date, article.labels.language)
			.filter(found => found.kind === 'date' && !clockLike.test(found.text) && !zoneOffset.test(found.text))
			.map(found => ({kind: 'date' as const, text: found.text, key: found.key, at: -1}));
	}
	const agencyLine = metadata.find(line => line.metadata === 'dateline');
	return [...(agencyLine ? placeAndAgency(lineText(agencyLine), agencyLine.span.start) : []), ...dates];
};

/**
 * What differs between two articles' datelines (datelineParts) — metadata lines
 * (boilerplate/metadata.ts), which the comparison leaves out of the article text —
 * as facts marked `metadata: 'date'`, paired in order: the dates ("2024" → "2023", "March 3" →
 * "March 4"), and the place and agency of agency datelines ("LEUVEN" → "GHENT", "Reuters" →
 * "AFP", as `name` facts). Dates only when both articles have a dated line, places only when
 * both have an agency dateline: a site that prints none differs in its chrome, not in the story.
 * Clock times are left out (pages are updated and scraped at any hour). `row` is the index in
 * `rows` of the left line's boilerplate row (the right's when the left has none). Pure.
 */
export const datelineFacts = (left: Dated, right: Dated, rows: Comparison['rows']): Fact[] => {
	const l = datelineParts(left);
	const r = datelineParts(right);
	const only = (a: Part[], b: Part[]) => {
		const counts = new Map<string, number>();
		for (const item of b) counts.set(item.key, (counts.get(item.key) ?? 0) + 1);
		return a.filter(item => {
			const count = counts.get(item.key) ?? 0;
			if (count > 0) counts.set(item.key, count - 1);
			return count === 0;
		});
	};
	const rowOf = (at: number, side: 'left' | 'right') => at < 0 ? 0 : rows.findIndex(row => row.kind === 'boilerplate' && row[side]?.start === at);
	const facts: Fact[] = [];
	// Dates with dates, places with places, agencies with agencies.
	const sorts = [(part: Part) => part.kind === 'date', (part: Part) => part.key.startsWith('place:'), (part: Part) => part.key.startsWith('agency:')];
	for (const sort of sorts) {
		const [a, b] = [l.filter(sort), r.filter(sort)];
		if (a.length === 0 || b.length === 0) continue;
		const [onlyLeft, onlyRight] = [only(a, b), only(b, a)];
		for (let k = 0; k < Math.max(onlyLeft.length, onlyRight.length); k++) {
			const [x, y] = [onlyLeft[k], onlyRight[k]];
			const row = x ? rowOf(x.at, 'left') : rowOf(y!.at, 'right');
			facts.push({kind: a[0]!.kind, left: x?.text ?? null, right: y?.text ?? null, row: Math.max(0, row), metadata: 'date'});
		}
	}
	return facts;
};

/**
 * A comparison with its datelines' changed dates (datelineFacts) among its facts, in row order:
 * a date a reader checks first, though the line is left out of the compared text. Such a pair
 * is no longer `identical` (its articles are word for word the same: `verbatim`), and the
 * dateline counts as one change. Unchanged when the dates agree.
 */
export const withDatelineFacts = (comparison: Comparison, left: {text: string; labels: ArticleLabels}, right: {text: string; labels: ArticleLabels}): Comparison => {
	const dated = datelineFacts(left, right, comparison.rows);
	if (dated.length === 0) return comparison;
	const facts = [...dated, ...(comparison.facts ?? [])].sort((a, b) => a.row - b.row);
	return {...comparison, facts, relation: comparison.relation === 'identical' ? 'verbatim' : comparison.relation, changes: comparison.changes + 1};
};

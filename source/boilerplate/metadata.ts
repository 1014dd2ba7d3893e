import {monthNames} from '../text/dates.js';
import type {MetadataKind} from './label.js';

// Recognises lines that carry an article's metadata: a date line, a byline,
// a source URL. They go to the pane header (ArticleLabels.meta), not to the
// body. Each test is on a whole short line, so a body sentence that
// mentions a date or a URL is never taken.

/** Month names in every language text/dates.ts reads (full and short forms): one list for the date parser and the date lines. */
const monthNameList = [...monthNames()];

/** Weekday names, full and short, in the languages date lines are read in. */
const weekdayWords = new Set([
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
	'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
	'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
	'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
	'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье',
]);

const dateWords = new Set([
	...monthNameList,
	...weekdayWords,
	// Words around a date.
	// ("p", "m": a.m. and p.m. split at their points.)
	'published', 'updated', 'posted', 'last', 'modified', 'on', 'at', 'date', 'am', 'pm', 'p', 'm', 'utc', 'gmt', 'cet', 'est', 'edt', 'pst', 'msk', 'of', 'the', 'st', 'nd', 'rd', 'th',
	'publié', 'publie', 'le', 'mis', 'à', 'a', 'jour', 'modifié', 'il', 'y', 'h', 'heure', 'heures',
	'veröffentlicht', 'aktualisiert', 'am', 'um', 'uhr', 'stand', 'vom',
	'publicado', 'actualizado', 'el', 'de', 'del', 'las', 'los', 'hace',
	'опубликовано', 'обновлено', 'в', 'г', 'года', 'год',
	'발행', '입력', '수정',
]);

const asciiDigit = /[0-9]/;
const yearPattern = /(?:^|[^\d])(?:19|20)\d\d(?:[^\d]|$)/u;
const numericDatePattern = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}\s*년/u;
/** Three numbers joined by dots, slashes or hyphens: a numeric date's shape, and a version number's. */
const numericTriple = /\b(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\b/gu;

/**
 * Whether a line holds a numeric date (numericDatePattern) whose parts can be one: day and month (either order) then a
 * year of two digits or a four-digit 19xx/20xx one ("3.5.2020", "12/08/24"), or such a year first with month and day
 * ("2020-05-03"), or a Chinese, Japanese or Korean year and month. A version number has the shape and no year ("Version
 * 2.10.1", "node 18.17.1", "0.0.0-YYYYmmdd…" a release's placeholder: a software page's version lines were read as
 * its dates, trafilatura-eval t0189). At most every triple of the line, each O(1).
 */
const hasNumericDate = (line: string): boolean => {
	if (!numericDatePattern.test(line)) return false;
	if (/[年년]/u.test(line)) return true;
	const year = (part: string): boolean => (part.length === 4 ? /^(?:19|20)/u.test(part) : part.length === 2);
	const day = (part: string): boolean => part.length <= 2 && Number(part) >= 1 && Number(part) <= 31;
	const month = (part: string): boolean => part.length <= 2 && Number(part) >= 1 && Number(part) <= 12;
	for (const [, a, b, c] of line.matchAll(numericTriple)) {
		if (year(c!) && ((day(a!) && month(b!)) || (month(a!) && day(b!)))) return true;
		if (a!.length === 4 && year(a!) && month(b!) && day(c!)) return true;
	}

	return false;
};

const urlPattern = /^(?:https?:\/\/|www\.)[^\s<>"]+$/iu;

const monthAlternation = monthNameList.map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
/** Day, month name and year in either order, or a numeric day-month-year / year-month-day date (made on first use: fullDateMatch). */
let fullDatePattern: RegExp | undefined;

/**
 * fullDatePattern's match in `line`, or null. Every date it matches holds a year of four ASCII digits in a row, so a
 * line without four digits in a row is not searched: most lines, and compiling the pattern (some hundred month
 * names, case-folded) cost a short text's diff ~3 ms of CPU it never needed. The same matches either way.
 */
const fullDateMatch = (line: string): RegExpExecArray | null => {
	if (!fourDigits.test(line)) return null;
	fullDatePattern ??= new RegExp(`(?<![\\p{L}])(?:\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${monthAlternation})\\.?,?\\s+(?:de\\s+)?(?:19|20)\\d\\d|(?:${monthAlternation})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d)(?![\\p{L}\\d])|\\b\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d-\\d{2}-\\d{2}\\b|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日`, 'iu');
	return fullDatePattern.exec(line);
};

const fourDigits = /\d{4}/;

/** Words that say a date line gives the publication ("Published: …", "Erstveröffentlichung: …"), in the languages read here. */
const publishedWords = /(?<![\p{L}])(?:(?:first |originally )?published|posted|veröffentlicht|erstveröffentlich(?:t|ung)|erstellt|eingetragen|erschienen|publié|publicado|pubblicato|gepubliceerd|publicerad)(?![\p{L}])|опубликовано/iu;
/**
 * Words that say a date line dates a later change ("Updated: …", "Last modified", "Zuletzt aktualisiert", "Stand:", "Mis à
 * jour", "Actualizado", "Aggiornato", "Обновлено", "Bijgewerkt"): the one list for the labeller and the dateline facts.
 */
const updatedWords = /(?<![\p{L}])(?:updated|modified|aktualisiert|geändert|stand(?=\s*:)|mis à jour|modifié|actualizado|actualización|aggiornato|atualizado|bijgewerkt)(?![\p{L}])|обновлено/iu;

/** Whether a date line says it gives the publication date ("Published: Tuesday | April 26, 2022"). */
export const saysPublished = (line: string): boolean => publishedWords.test(line);

/** Whether a date line says it dates a later change ("Updated 5 March"). */
export const saysUpdated = (line: string): boolean => updatedWords.test(line);

/**
 * Whether a date line's date is an update's: an update word (updatedWords) before its first digit ("Updated 5 March",
 * "Aktualisiert am 3.5."), and no publication part (publicationPart) to read instead. After the date ("23 July 2012
 * Last updated at 20:55 ET") the word qualifies the clock time: the date is the publication's.
 */
export const datesUpdate = (line: string): boolean => {
	const digit = /\d/u.exec(line);
	return updatedWords.test(digit ? line.slice(0, digit.index) : line) && publicationPart(line) === line;
};

/**
 * The part of a date line that dates the publication, when the line dates an update too: from its publication word
 * on when the update comes first ("Updated March 6, 2025, first published March 3, 2025", "Last updated: 6 March 2025 |
 * Originally published: 3 March 2025", as the Guardian, the BBC and many CMSs print it), up to the update word when the
 * publication comes first ("Published March 3, 2025 · Updated March 6, 2025", "Veröffentlicht am 03.03.2025 ·
 * Aktualisiert am 06.03.2025": breaker13b N32); else the whole line.
 */
export const publicationPart = (line: string): string => {
	const published = publishedWords.exec(line);
	if (!published) return line;
	const before = updatedWords.exec(line.slice(0, published.index));
	if (before) return line.slice(published.index);
	const after = updatedWords.exec(line.slice(published.index + published[0].length));
	if (!after) return line;
	// Up to the update word, and the separator before it ("·", "|", "(").
	return line.slice(0, published.index + published[0].length + after.index).replace(/[\s·•|,;(–—-]+$/u, '');
};

/** Words before a date that may open a post's header line: a byline's names, a publication word and a few particles. */
const headerOpeningWords = 6;

/**
 * The opening of a line that starts as a post's header and runs on: a byline, a publication word or a weekday, then a
 * whole date within the first headerOpeningWords words, whatever follows ("By Ela on 31. October, 2023 | 18 Comments.
 * This post may contain affiliate links…", "Mittwoch, März 7, 2018 21 Allgemein, Beauty, …", "Eingetragen am 3.
 * Januar 2020, aktualisiert am …"): the text up to the date's end; undefined otherwise. A sentence that opens on its
 * date ("On 31 October 2023, the council voted …") is none: "on" opens no header. For the header's date when no line
 * is a date line (classify.ts headerDate).
 */
export const datedHeaderOpening = (line: string): string | undefined => {
	const match = fullDateMatch(line);
	if (match === null) return undefined;
	const before = line.slice(0, match.index);
	const words = tokens(before);
	if (words.length > headerOpeningWords || sentenceInside.test(before)) return undefined;
	const trimmed = before.trim();
	const opens = trimmed === '' ? false : bylinePattern.test(trimmed + ' ') || publishedWords.test(words[0] ?? '') || weekdayWords.has(words[0] ?? '');
	return opens ? line.slice(0, match.index + match[0].length).trim() : undefined;
};

/** A sentence's end followed by more text: a header opening holds none. */
const sentenceInside = /[.!?]\s+\p{Lu}/u;

/** True when the line holds a complete date (day, month and year). */
export const hasFullDate = (line: string): boolean => fullDateMatch(line) !== null;

/** Words of a line for date matching: letters and digits runs, lower case. */
const tokens = (line: string): string[] => line.toLowerCase().match(/[\p{L}]+|\d+/gu) ?? [];

/** Words a date line may hold after its date when it ends with a full stop ("3 March 2025, 10 a.m."): more is a sentence's clause. */
const wordsAfterDate = 3;

/**
 * True when only date words (or nothing) come before the line's full date and little follows
 * it: "Updated on 3 March 2025." ("Am 5. November 2021 wird sie 100 Jahre alt." is a sentence).
 */
const leadsWithDate = (line: string): boolean => {
	const match = fullDateMatch(line);
	return match !== null && tokens(line.slice(0, match.index)).every((word) => dateWords.has(word)) && tokens(line.slice(match.index + match[0].length)).filter((word) => !dateWords.has(word)).length <= wordsAfterDate;
};

/**
 * A time told relative to the reader's now, not a date: "2 hours ago", "il y a 3 heures", "vor 5 Minuten", "hace 2 días",
 * "2 часа назад", "3小时前", and the day words "yesterday", "today", "gestern", "heute", "hier", "aujourd'hui", "ayer",
 * "hoy". Two scrapes of one page a day apart print two of them: no change of the article's date. Global, for blanking.
 */
export const relativeTimes = /(?<![\p{L}\p{N}])(?:(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|il y a\s+\d+\s*(?:secondes?|minutes?|min|heures?|h|jours?|semaines?)|vor\s+\d+\s*(?:sekunden|minuten|min|stunden|std|tagen|wochen)|hace\s+\d+\s*(?:segundos?|minutos?|min|horas?|h|días?|semanas?)|\d+\s*(?:секунд[уы]?|минут[уы]?|мин|час(?:а|ов)?|дн(?:я|ей)|день)\s+назад|\d+\s*(?:秒|分钟|小时|天|分|時間|日)前|yesterday|today|gestern|heute|hier|aujourd['’]hui|ayer|hoy)(?![\p{L}\p{N}])/giu;

/** "2 hours ago", "il y a 3 heures", "vor 5 Minuten", "hace 2 días", "2 часа назад", "3小时前". */
const relativeTimePattern = /^(?:(?:(?:last\s+)?updated|published|posted)(?:\s*:)?\s+)?(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$|^il y a\s+\d+\s*(?:secondes?|minutes?|min|heures?|h|jours?)$|^vor\s+\d+\s*(?:sekunden|minuten|min|stunden|std|tagen)$|^hace\s+\d+\s*(?:segundos?|minutos?|min|horas?|h|días?)$|^\d+\s*(?:секунд[уы]?|минут[уы]?|мин|час(?:а|ов)?|дн(?:я|ей)|день)\s+назад$|^\d+\s*(?:秒|分钟|小时|天)前$|^\d+\s*(?:秒|分|時間|日)前$/iu;

/**
 * The signature line of an embedded social post, as an embed's markup prints it under the post's text: a dash, the
 * author's name and handle, the post's date ("— Jane Doe (@janedoe) April 29, 2021", Twitter's blockquote embed). The
 * date is the post's, not the article's: the line is metadata, as a date line is, but dates nothing (classify.ts).
 */
const embeddedPostSignature = /^\s*[—–-]\s*[^\n]{0,60}\(@[\p{L}\p{N}_.]{1,30}\)/u;

/** Whether a line is an embedded post's signature ("— Jane Doe (@janedoe) April 29, 2021"): it dates the post, not the article. */
export const isEmbeddedPostSignature = (line: string): boolean => embeddedPostSignature.test(line);

/** A short line that is a date and little else: "December 08, 2024", "Publié le 8 déc. 2024 à 10h", "2024年12月8日". */
export const isDateLine = (line: string): boolean => {
	// A whole line in brackets is a text browser's stand-in for an image or a link, whose file name may hold a date
	// ("[WhatsApp-Image-2022-05-03-at-7]": breaker14b Q8).
	if (/^\s*\[[^\]]*\]\s*$/u.test(line)) return false;
	if (line.length <= 40 && relativeTimePattern.test(line.trim())) {
		return true;
	}

	// A name or two and a relative time after a comma or a separator: "Anna Reporter, 3 hours ago", "AP · 2 days ago"
	// (breaker13b N26); with a byline's word first ("By Anna Reporter · 3 hours ago") it is a byline (isBylineLine).
	// Short lines only, and one way to split the names (each word after white space): a long line of one "word" took
	// the pattern's nested repetition into polynomial backtracking.
	const named = line.length <= 60 ? /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*[,·•|–—]\s*(.{1,30})$/u.exec(line.trim()) : null;
	if (named && relativeTimePattern.test(named[2]!.trim()) && !bylinePattern.test(line.trim())) return true;

	// A line that dates the publication and then an update (or the other way round) is as long as two date lines:
	// "PUBLISHED: January 16, 2023 at 4:30 p.m. | UPDATED: January 17, 2023 at 3:58 a.m." is one when its publication part is.
	if (line.length > 80 && line.length <= 2 * 80) {
		// Opening with its publication or update word ("PUBLISHED:", "Last updated"): a sentence that says it was published
		// and updated opens otherwise.
		const opening = Math.min(publishedWords.exec(line)?.index ?? Infinity, updatedWords.exec(line)?.index ?? Infinity);
		const part = publicationPart(line);
		return opening <= 12 && part !== line && part.length <= 80 && updatedWords.test(line) && isDateLine(part);
	}

	// Both date patterns need a digit: most lines are ruled out by one cheap test.
	if (line.length > 80 || !asciiDigit.test(line) || !(yearPattern.test(line) || hasNumericDate(line))) {
		return false;
	}

	// A Chinese, Japanese or Korean date line: little around the date, and no sentence's end ("投票は2025年3月3日に行われた。" is a sentence, as the full stop rule below reads one).
	if (numericDatePattern.test(line) && /[年년]/u.test(line) && !/(?:[。．！？]|\p{sc=Hangul}[.!?])$/u.test(line.trim()) && line.replace(/[\d\s年月日時分:：.\-/년월일()]/gu, '').length <= 12) {
		return true;
	}

	// A short non-sentence line around a full date: "Posted on June 4, 2024 by greenthumb". A line
	// ending in a full stop is a sentence ("HTS took Damascus on 8 December 2024.") unless nothing
	// but date words comes before its date ("Published on 8 December 2024.").
	if (hasFullDate(line) && tokens(line).length <= 12 && (!/[.!?。．！？]$/u.test(line.trim()) || leadsWithDate(line))) {
		return true;
	}

	const words = line.match(/[\p{L}]+|\d+/gu) ?? [];
	// Numbers alone, without a month or a numeric day-month-year, are no date: a year with a post count
	// ("2012 (134)", an archive widget's link), a range of years, a score.
	if (words.every(word => /^\d+$/u.test(word)) && !hasNumericDate(line)) return false;
	// A line that ends as a sentence does holds a clause when a word other than the date's is in lower
	// case: a verb or a common noun ("Polls close on 4 November 2025.", "It is on 12 May 2025."), where a
	// place the date line names is capitalised ("Paris, 8 décembre 2024.").
	const sentence = /[.!?。．！？]$/u.test(line.trim());
	let other = 0;
	for (const word of words) {
		const lower = word.toLowerCase();
		if (!/^\d+$/u.test(word) && !dateWords.has(lower) && !/^\d+(?:h|st|nd|rd|th)$/u.test(lower)) {
			if (sentence && /^\p{Ll}/u.test(word)) {
				return false;
			}

			other++;
		}
	}

	// A place name or a weekday abbreviation we do not know may remain ("Paris, 8 décembre 2024").
	return other <= 2 && other < words.length / 2;
};

const bylinePattern = /^(?:by|written by|words by|reporting by|par|de|von|von unserem|por|автор|текст|авторы|文|记者|撰文|取材・文)(?:\s*[:：]\s*|\s+)(?=\S)/iu;

/** A short line naming the author: "By Jane Doe", "Par Marie Dupont, à Paris", "Автор: Иван Петров". */
export const isBylineLine = (line: string): boolean => {
	const trimmed = line.trim();
	// The marker first: anchored, it rules out most lines at their first letters, before the sentence test below
	// makes two strings and an array of a line (every block of a page is asked). All three tests only read the line.
	if (trimmed.length > 90 || !bylinePattern.test(trimmed)) {
		return false;
	}

	if (/[.!?]$/u.test(trimmed.replace(/\b[A-Z]\.$/u, '')) && trimmed.split(/\s+/u).length > 8) {
		return false;
	}

	// A date after the names, set off by a separator ("By Anna Reporter · 3 hours ago", "… | March 3, 2025") dates the byline: the names are judged alone.
	const [names, ...dated] = trimmed.split(/\s+[·•|–—]\s+/u);
	if (dated.length > 0 && dated.every(part => isDateLine(part))) return isBylineLine(names!);

	// After the marker come names: mostly capitalised words (or any script without case).
	const rest = trimmed.replace(bylinePattern, '').split(/[\s,;|/]+/u).filter(Boolean);
	if (rest.length === 0 || rest.length > 10) {
		return false;
	}

	const capitalised = rest.filter((word) => /^\p{Lu}|^[^\p{L}]|^\p{Lo}/u.test(word) || /^(?:and|et|und|y|и|de|la|van|von|der|du|da|with|avec|mit|con|in|à|a|in)$/iu.test(word)).length;
	return capitalised / rest.length >= 0.7;
};

/**
 * An agency dateline on a line of its own: "Ginebra, 3 jun (EFE).-", "PARIS (AFP) —", "LONDON —". The agency in the
 * parentheses is a name ("(Reuters)", "(The Hindu)") or an agency that writes its name in small letters ("(dpa)",
 * "(epd)", "(sid)"); a headline's aside in small letters ("Two deadlines (and a read)", "Brexit deal agreed (live)") is none.
 */
const datelinePattern = /^(?:\p{Lu}[\p{L}\s.'’-]{1,40}(?:,\s*[^()\n]{1,30})?\s*\((?=[^)]{2,25}\))(?:\p{Lu}[\p{L}.]*(?:\s+\p{L}[\p{L}.]*){0,3}|dpa|sid|epd|apa|afp|ap)\)\s*[.\-–—:]*|\p{Lu}[\p{Lu}\s.'’]{1,30}[-–—])\s*$/u;

/**
 * The place of a dateline as its words before the first comma or parenthesis: each a capitalised name ("New York",
 * "LEUVEN") or a short particle of one ("Rio de Janeiro", "Frankfurt am Main", "Stratford-upon-Avon"). A headline
 * with a tag in parentheses ("Two deadlines (and a read)", "Sally Ride (Obituary)") has lower-case words there.
 */
const placeWords = /^(?:(?:\p{Lu}[\p{L}.'’-]*|de|del|da|do|dos|la|le|el|am|an|im|upon|on|sur|di|van|von|der|den|al)(?:\s+|$))+$/u;

/** A dateline ends with ")" or a dash, point or colon: a cheap test before the pattern. */
const datelineEnds = new Set([')', '.', '-', '–', '—', ':']);

/** A dateline ("WASHINGTON (Reuters) -", "PARIS, 3 March:"): at most 80 characters, ending with ')', a dash, point or colon. */
export const isDatelineLine = (line: string): boolean => {
	if (line.length > 80) {
		return false;
	}

	const trimmed = line.trim();
	if (!datelineEnds.has(trimmed.at(-1) ?? '') || !datelinePattern.test(trimmed)) return false;
	const place = /^[^,(]+/u.exec(trimmed)![0].trim();
	return !trimmed.includes('(') || placeWords.test(place);
};

/** The URL of a line that is only a URL (bare, in angle brackets or as a Markdown link), or undefined. */
export const lineUrl = (line: string): string | undefined => {
	if (!line.includes('://') && !/www\./iu.test(line)) {
		return undefined;
	}

	// Emphasis, and the numbering of a text browser's reference list ("  3. https://...").
	let trimmed = line.trim().replace(/^\d{1,4}\.\s+/u, '').replace(/^[*_]+|[*_]+$/gu, '');
	const markdown = /^\[[^\]]*\]\(([^)\s]+)\)$/u.exec(trimmed);
	if (markdown) {
		trimmed = markdown[1];
	}

	trimmed = trimmed.replace(/^<(.*)>$/u, '$1');
	return urlPattern.test(trimmed) ? trimmed : undefined;
};

/** Which metadata a line is, judged on the line alone. */
export const metadataKind = (line: string): MetadataKind | undefined => {
	if (lineUrl(line)) {
		return 'url';
	}

	// An agency dateline before a date line: "BRUSSELS, March 3, 2025 (Reuters)" holds a date, and a place too
	// ("By Jane Doe (Reuters)" has the shape of one, but is a byline).
	if (isDatelineLine(line) && !isBylineLine(line)) {
		return 'dateline';
	}

	if (isDateLine(line)) {
		return 'date';
	}

	return isBylineLine(line) ? 'byline' : undefined;
};

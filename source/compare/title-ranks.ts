import type {Fact, Row, WordOp} from './model.js';
import {changedRuns, equalToken, isWordToken, shownAround, tokensOf} from './op-runs.js';

/**
 * A title's rank modifier added or dropped: "Governor Smith" → "Lieutenant Governor Smith", "Gov." → "Lt. Gov.",
 * "President" → "Vice President", "Deputy Prime Minister" → "Prime Minister", "Former President" → "President", de
 * "Ministerpräsident" → "Ex-Ministerpräsident", fr "Le président" → "L'ancien président", es "presidente" →
 * "expresidente" (breaker13b N8). Who holds which office (the governor or the deputy, a sitting or a former
 * president) is a first check for a fact-checker, and the name after the title stays the same, so the names'
 * comparison (facts.ts, which reads "Governor Smith" as grown into "Lieutenant Governor Smith") sees none. Read on
 * the word diff's runs: a run whose only words on one side are rank modifiers (articles aside) and on the other none,
 * before a word kept on both sides (the title); or one word replaced by itself with a modifier prefixed ("vice",
 * "ex", "vize": "vicepresidente"). The modifiers are a closed class per language, from the languages' styles of
 * office ("Lt. Gov.", AP Stylebook; "stellvertretende", "ancien", "ex-").
 */

/** Words that change the office of the title after them, lower case, per language (other languages: English's). */
const modifiersByLanguage: Readonly<Record<string, ReadonlySet<string>>> = {
	en: new Set('vice deputy former ex acting interim lieutenant lt assistant'.split(' ')),
	de: new Set('ex vize stellvertretende stellvertretender stellvertretenden ehemalige ehemaliger ehemaligen frühere früherer früheren kommissarische kommissarischer kommissarischen'.split(' ')),
	fr: new Set('ancien ancienne anciens ex vice adjoint adjointe intérimaire'.split(' ')),
	es: new Set('ex vice antiguo antigua interino interina'.split(' ')),
	it: new Set('ex vice ad interim'.split(' ')),
	pt: new Set('ex vice antigo antiga interino interina'.split(' ')),
	nl: new Set('ex vice oud voormalig voormalige plaatsvervangend plaatsvervangende waarnemend waarnemende'.split(' ')),
};

/** Prefixes glued to a title that change its office ("vicepresidente", "expresidente", "Vizepräsident", "ex-president"). */
const gluedModifier = /^(?:ex|vice|vize)[-‐]?/iu;

/** Articles (and an elided one) that may change with a modifier ("Le président" → "L'ancien président"), lower case. */
const articles: ReadonlySet<string> = new Set('the a an der die das des dem den le la les un une el los las il lo gli o os as de het een'.split(' '));

/** A token's word without an elided article before it ("l'ancien" is "ancien"), lower case. */
const bare = (token: string): string => token.toLowerCase().replace(/^(?:l|d)['’]/u, '');

/** Equal words after the modifier shown with it: the title and the name after it (capitalised or a stop between), at most. */
const shownWords = 3;

/** How many equal ops after ops[end] to show: the title's and the name's words (capitalised, or the title in lower case), their stops between; at least one. */
const titleOpsAfter = (ops: readonly WordOp[], end: number, left: string): number => {
	let count = 0;
	let words = 0;
	for (let k = end; k < ops.length && words < shownWords; k++) {
		const op = ops[k]!;
		if (op.op !== 'equal') break;
		const token = left.slice(op.left.start, op.left.end);
		if (token === '.' || token === '-') {
			count++;
			continue;
		}
		if (words > 0 && !/^\p{Lu}/u.test(token)) break;
		count++;
		words++;
	}
	return Math.max(1, count);
};

/** Nouns of an office a rank modifier stands before, written in lower case (AP style "the vice president", French "l'ancien président"). */
const titleNouns: ReadonlySet<string> = new Set(
	(
		'president chairman chairwoman chair chancellor premier minister secretary governor mayor director chief commissioner ambassador senator speaker general admiral colonel captain commander head leader prime prosecutor judge ' +
	'präsident präsidentin minister ministerin kanzler kanzlerin bürgermeister bürgermeisterin vorsitzender vorsitzende chef chefin ' +
	'président présidente ministre premier maire directeur directrice secrétaire gouverneur ' +
	'presidente ministro ministra alcalde alcaldesa director directora secretario secretaria gobernador gobernadora ' +
		'voorzitter burgemeester premier'
	).split(' '),
);

/**
 * The title rank facts of a comparison's paired rows (not rewritten, compared word by word), as `name` facts shown on
 * the modifier with the title and name after it ("Governor Smith" → "Lieutenant Governor Smith"). A row that has a name
 * fact among `others` has none. Linear in the rows' ops.
 */
export const titleRankFacts = (left: string, right: string, rows: readonly Row[], language = 'en', others: readonly Fact[] = []): Fact[] => {
	const modifiers = modifiersByLanguage[language] ?? modifiersByLanguage['en']!;
	const named = new Set(others.filter(fact => fact.kind === 'name').map(fact => fact.row));
	const facts: Fact[] = [];
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate' || named.has(index)) continue;
		const {ops} = row;
		for (const [start, end] of changedRuns(ops)) {
			const next = ops[end];
			// A title after the modifier: capitalised ("Former President", "Vice Chancellor") or an office's noun ("the vice
			// president", "l'ancien président"); "Acting on a tip", "the former factory", "Interim results" are no ranks (review14 V5).
			const title = next?.op === 'equal' ? left.slice(next.left.start, next.left.end) : '';
			if (!/^\p{Lu}/u.test(title) && !titleNouns.has(title.toLowerCase())) continue;
			const was = tokensOf(ops, start, end, 'left', left);
			const is = tokensOf(ops, start, end, 'right', right);
			const content = (tokens: readonly string[]) => tokens.filter(isWordToken).map(bare).filter(word => word !== '' && !articles.has(word));
			const [wasWords, isWords] = [content(was), content(is)];
			// A modifier only on one side, nothing but articles and marks beside it on the other.
			const onlyModifiers = (words: readonly string[]) => words.length > 0 && words.length <= 2 && words.every(word => modifiers.has(word));
			const added = (wasWords.length === 0 && onlyModifiers(isWords)) || (isWords.length === 0 && onlyModifiers(wasWords));
			if (!added) continue;
			const [l, r] = shownAround(ops, start, end, left, right, 0, titleOpsAfter(ops, end, left));
			facts.push({kind: 'name', left: l, right: r, row: index});
			break;
		}
		if (facts.at(-1)?.row === index) continue;
		// One word replaced by itself with a modifier glued before it ("presidente" / "expresidente").
		for (const [start, end] of changedRuns(ops)) {
			const was = tokensOf(ops, start, end, 'left', left).filter(isWordToken);
			const is = tokensOf(ops, start, end, 'right', right).filter(isWordToken);
			if (was.length !== 1 || is.length !== 1) continue;
			const [a, b] = [was[0]!.toLowerCase(), is[0]!.toLowerCase()];
			const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
			const prefix = gluedModifier.exec(longer)?.[0];
			// The glued form titles an office ("expresidente", "Ex-Präsident"): "export" / "port", "exchange" / "change" are none (review14 V5).
			if (prefix === undefined || shorter.length < 4 || longer.slice(prefix.length) !== shorter || !(/^\p{Lu}/u.test(a.length < b.length ? was[0]! : is[0]!) || titleNouns.has(shorter))) continue;
			// Shown with the name after the title, its capitalised words kept on both sides.
			let after = 0;
			while (after < shownWords - 1 && /^\p{Lu}/u.test(equalToken(ops, end + after, left) ?? '')) after++;
			const [l, r] = shownAround(ops, start, end, left, right, 0, after);
			facts.push({kind: 'name', left: l, right: r, row: index});
			break;
		}
	}
	return facts;
};

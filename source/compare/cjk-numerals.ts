/**
 * Numbers written in Chinese and Japanese numerals ("五亿", "三千万", "一百零五", "两千"): the runs of a
 * text that are one, with their value. Read as a number only where the run cannot be another word:
 * it opens with a digit (一…九, 两, 〇, 零) and holds a multiplier (十, 百, 千, 万, 亿): "五亿" is 500,000,000,
 * "三千万" 30,000,000, but "一" alone ("一个", "统一") and runs that open with a multiplier ("十分" very,
 * "千万" by all means, "万一" in case) are words. A run that ends in a digit after 百, 千 or 万 ("一万五",
 * colloquial 15,000) reads two ways and is left out, as is one with two digits side by side ("七八十", a range)
 * and a value past Number.MAX_SAFE_INTEGER.
 * The value follows the usual reading (a digit times the multiplier after it, sections of 万 and 亿):
 * "三亿五千万" is 350,000,000.
 * Before a classifier that counts (名, 人, 个, 位, 岁, 家, 次 …: countClassifiers) a run is a count, so there the forms
 * the rules above leave out are read too: one that opens with 十 ("十二名" 12 workers, "十五岁" 15 years old) and
 * one digit of two to nine alone ("三人", "两个"); "一" alone stays out (an article as often: "一家工厂", a factory).
 */

const digits = new Map<string, number>([
	['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);
/** Multipliers within a section of 万: 十 10, 百 100, 千 1,000. */
const small = new Map<string, number>([['十', 10], ['拾', 10], ['百', 100], ['佰', 100], ['千', 1000], ['仟', 1000]]);
/** Section multipliers: 万 10⁴, 亿 10⁸. */
const large = new Map<string, number>([['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['億', 1e8]]);

const run = /[〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億]+/gu;

/** A numeral run found: its span [start, end) in the text and its value; `scaleAt` is where a trailing 万 or 亿 starts (the run's scale, as after digits: "五亿" is 5 and 亿), or `end`. */
export type CjkNumeral = {start: number; end: number; value: number; scaleAt: number};

/** The value of a run of numerals, or undefined when it does not read one way (see the module's comment). */
export const cjkValue = (written: string): number | undefined => {
	const characters = [...written];
	if (!digits.has(characters[0]!) || !characters.some(character => small.has(character) || large.has(character))) return undefined;
	// Two digits side by side ("七八十", seventy or eighty) give a range, not a number.
	if (characters.some((character, at) => at > 0 && digits.has(character) && digits.has(characters[at - 1]!) && digits.get(characters[at - 1]!) !== 0 && digits.get(character) !== 0)) return undefined;
	const last = characters.at(-1)!;
	const beforeLast = characters.at(-2);
	if (digits.has(last) && beforeLast !== undefined && beforeLast !== '十' && beforeLast !== '拾' && (small.has(beforeLast) || large.has(beforeLast))) return undefined;
	let total = 0;
	let section = 0;
	let number = 0;
	for (const character of characters) {
		const digit = digits.get(character);
		if (digit !== undefined) {
			number = digit;
			continue;
		}
		const multiplier = small.get(character);
		if (multiplier !== undefined) {
			section += (number || 1) * multiplier;
			number = 0;
			continue;
		}
		const scale = large.get(character)!;
		if (scale === 1e4) total += (section + number) * scale;
		else total = (total + section + number) * scale;
		section = 0;
		number = 0;
	}
	const value = total + section + number;
	return Number.isSafeInteger(value) ? value : undefined;
};

/**
 * Classifiers (measure words) that count what a number before them counts: people, things, times, ages, days,
 * hours. Not the calendar's and the clock's (年, 月, 日, 号, 点, 时: "十二月" is December, read as a date in figures),
 * nor 分 ("十分" is "very").
 */
const countClassifiers = new Set('名人个個位岁歲家次辆輛座栋棟所件项項条條只隻头頭架艘倍种種张張本间間层層天周户戶枚颗顆台臺');
/** Two-character classifiers ("十二小时" 12 hours, "三公里" 3 km). */
const countClassifierWords = ['小时', '小時', '分钟', '分鐘', '公里', '公斤', '万人', '萬人'];

/** Whether a classifier that counts (countClassifiers) opens `text` at `at`. */
const classifierAt = (text: string, at: number): boolean => countClassifiers.has(text[at] ?? '') || countClassifierWords.some(word => text.startsWith(word, at));

/**
 * The value of a run before a classifier that counts (see the module's comment), cjkValue's where it reads one: a run that
 * opens with 十 as with 一 before it ("十二" is "一十二", 12), one digit of two to nine alone.
 */
const countValue = (written: string): number | undefined => {
	const value = cjkValue(written);
	if (value !== undefined) return value;
	if (written.startsWith('十') || written.startsWith('拾')) return cjkValue(`一${written}`);
	const digit = [...written].length === 1 ? digits.get(written) : undefined;
	return digit !== undefined && digit >= 2 ? digit : undefined;
};

/** The numeral runs of `text` that are numbers (cjkValue; before a classifier that counts, countValue), in order. Linear in the text. */
export const cjkNumeralsOf = (text: string): CjkNumeral[] => {
	const found: CjkNumeral[] = [];
	for (const match of text.matchAll(run)) {
		const end = match.index + match[0].length;
		const value = classifierAt(text, end) ? countValue(match[0]) : cjkValue(match[0]);
		if (value === undefined) continue;
		const last = match[0].at(-1)!;
		found.push({start: match.index, end, value, scaleAt: large.has(last) ? end - 1 : end});
	}
	return found;
};

/** Whether a text holds a Chinese or Japanese numeral (a quick test before reading them). */
export const hasCjkNumeral = (text: string): boolean => /[〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億]/u.test(text);

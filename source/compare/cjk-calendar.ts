// Weekdays and ordinals of Chinese and Japanese text, which spaces no words: found inside runs of
// characters, where facts.ts reads calendar words between spaces. CLDR's names (Intl zh: 星期一,
// 周一; ja: 月曜日) and the forms the press writes beside them: 星期天 and 礼拜一…礼拜天 (Chinese),
// 月曜…日曜 without 日 (Japanese). The ordinal prefix 第 before a numeral ("第三季度", third quarter;
// "第十二届", twelfth session) makes an ordinal number, by its rank, as "third" is (number-words.ts).
import {cjkValue} from './cjk-numerals.js';

const weekdayDigits = new Map<string, number>([['一', 1], ['二', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['日', 7], ['天', 7]]);
/** A numeral of one character by its value. */
const singleNumerals = new Map<string, number>([['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9], ['十', 10], ['拾', 10], ['百', 100], ['千', 1000]]);
const japaneseDays = new Map<string, number>([['月', 1], ['火', 2], ['水', 3], ['木', 4], ['金', 5], ['土', 6], ['日', 7]]);

/**
 * A Chinese weekday: 星期, 礼拜 (禮拜) or 周 (週) and the day's numeral (一…六, 日 or 天 for Sunday). 周 is also
 * "around" and "week", so 周 and its numeral are no weekday before a count or measure ("每周三次", three
 * times a week; "两周二十天") or after a numeral, 四 or 数 ("两周一直下雨", two weeks straight: review13b S5; "四周一片", all
 * around): group 1 the prefix, group 2 the day.
 */
const chineseWeekday = /(?<![一二两兩三四五六七八九十数幾几])(星期|礼拜|禮拜|周|週)([一二三四五六日天])(?![〇零一二两三四五六七八九十百千万萬亿次个個天年月周週小人名位届屆])/gu;
/**
 * A Japanese weekday: 月曜日…日曜日, or without its 日 (月曜) before no kanji ("日曜大工" is DIY), or the day alone in
 * brackets right after a day of the month, as papers print it ("3日（月）", "3/3（月）"); group 1 the day, or group 2 in
 * brackets. Elsewhere a bracketed 月 or 日 is no weekday: "8万円（月）" is per month, "日本（日）" Japan's initial
 * (review13 R17).
 */
const japaneseWeekday = /([月火水木金土日])曜(?:日|(?![\p{sc=Han}]))|(?<=(?:[0-9０-９]日|[0-9０-９]{1,2}[/／][0-9０-９]{1,2})\s?)[（(]([月火水木金土日])[）)]/gu;
/** 第 and a Chinese numeral or ASCII digits after it: group 1 the numeral. */
const ordinalPrefix = /第([〇零一二两兩三四五六七八九十拾百佰千仟]+|[0-9０-９]+)/gu;

/** A CJK weekday found: its span [start, end) and its key ("weekday:1" Monday … "weekday:7" Sunday), as figures.ts calendarKey keys a weekday. */
export type CjkDate = {start: number; end: number; text: string; key: string};

/** Whether a text holds a character a CJK weekday or ordinal needs (a quick test before reading them). */
export const hasCjkCalendar = (text: string): boolean => /[星礼禮周週曜第]|[（(][月火水木金土日][）)]/u.test(text);

/** The Chinese and Japanese weekdays of `text`, in order (see chineseWeekday, japaneseWeekday). Linear in the text. */
export const cjkWeekdaysOf = (text: string): CjkDate[] => {
	if (!/[星礼禮周週曜]|[（(][月火水木金土日][）)]/u.test(text)) return [];
	const found: CjkDate[] = [];
	for (const match of text.matchAll(chineseWeekday)) {
		// 周天 is no Sunday in writing (周天 "a full circle"); 星期天 and 礼拜天 are.
		if (match[2] === '天' && (match[1] === '周' || match[1] === '週')) continue;
		// 周 is a surname too ("周一围"), but news writes the weekday after its subject and before any verb ("发言人周一表示"):
		// requiring a time word or a date's neighbour missed Monday → Tuesday in wire copy (review13 R13), so it is read.
		const end = match.index + match[0].length;
		found.push({start: match.index, end, text: match[0], key: `weekday:${weekdayDigits.get(match[2]!)!}`});
	}
	for (const match of text.matchAll(japaneseWeekday)) found.push({start: match.index, end: match.index + match[0].length, text: match[0], key: `weekday:${japaneseDays.get((match[1] ?? match[2])!)!}`});
	return found.sort((a, b) => a.start - b.start);
};

/**
 * The value of a numeral after 第: ASCII or full-width digits, or Chinese numerals, with or without a
 * multiplier ("三" 3, "十二" 12, "二十一" 21; cjk-numerals.ts cjkValue reads the ones with one). Undefined
 * when it reads no one way ("三四", third or fourth).
 */
const ordinalValue = (numeral: string): number | undefined => {
	if (/^[0-9０-９]+$/u.test(numeral)) return Number(numeral.replace(/[０-９]/gu, digit => String(digit.charCodeAt(0) - 0xff10)));
	const single = singleNumerals.get(numeral);
	if (single !== undefined) return single;
	// "十二" is twelve: cjkValue reads a run that opens with a digit, so the 一 it leaves unsaid is written.
	return cjkValue(/^[十拾]/u.test(numeral) ? `一${numeral}` : numeral);
};

/** The ordinals written with 第 in `text` ("第三", "第十二", "第3"), in order, with their value as a number fact's key ("=3"). */
export const cjkOrdinalsOf = (text: string): Array<{start: number; end: number; text: string; key: string}> => {
	if (!text.includes('第')) return [];
	const found: Array<{start: number; end: number; text: string; key: string}> = [];
	for (const match of text.matchAll(ordinalPrefix)) {
		// Japanese 四半期 is a quarter: "第三四半期" is the third quarter, its 四 the word's, not the numeral's.
		const quarter = match[1]!.length > 1 && match[1]!.endsWith('四') && text.startsWith('半期', match.index + match[0].length);
		const numeral = quarter ? match[1]!.slice(0, -1) : match[1]!;
		const value = ordinalValue(numeral);
		if (value !== undefined) found.push({start: match.index, end: match.index + 1 + numeral.length, text: `第${numeral}`, key: `=${value}`});
	}
	return found;
};

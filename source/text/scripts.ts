// The scripts written without spaces between words, in one place: the word
// scanner, the word diff (which joins their words without a space) and the
// character-class table all read them from here.

/** Han (Chinese characters, kanji) and Hiragana: every character is a word of its own. */
export const characterWordScripts = String.raw`\p{Script=Han}\p{Script=Hiragana}`;

/** Katakana: a run of it (with the prolonged sound mark ー) is one word. */
export const katakanaScript = String.raw`\p{Script=Katakana}\u30FC\uFF70`;

/**
 * Thai, Lao, Khmer and Myanmar: words need a dictionary, so a run of them goes
 * through Intl.Segmenter (ICU's dictionary segmentation).
 */
export const segmentedScripts = String.raw`\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;

/** Any letter of a script written without spaces. */
export const unspacedScript = new RegExp(`[${characterWordScripts}${katakanaScript}${segmentedScripts}]`, 'u');

/** Code ranges of those scripts (and high surrogates of the CJK extensions): a cheap pre-test without the u flag. */
const mayLackSpaces = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u2E80-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F\uD840-\uD87F\uD880-\uD88F]/;

/** True when `text` has a letter of a script written without spaces between words. */
export const hasUnspacedScript = (text: string): boolean => mayLackSpaces.test(text) && unspacedScript.test(text);

/**
 * A test for the end of a text, read backwards from its last character: whether
 * the text ends with a character of `ends` followed only by characters of
 * `trailing` (and, when given, copies of `entity`, such as "&quot;"). It answers
 * exactly as the pattern `[ends](?:[trailing]|entity)*$` with the u flag does,
 * where V8 tries that pattern at every position of the text that holds one of
 * `ends` (a paragraph of ten sentences: ten tries), so its cost is the length of
 * the tail, not of the text.
 *
 * `ends` and `trailing` are the bodies of character classes in the pattern's
 * syntax (u flag), each of Basic Multilingual Plane characters only (a class
 * with an astral one throws), so that every code unit is read alone; `entity`
 * a literal whose last character is in neither class. A code unit's class is
 * asked of the classes' own patterns once, the first time it is met, and
 * remembered (a table of 64 KiB a test). Why it is exact: the characters after
 * the end character must split into single `trailing` characters and whole
 * entities; read backwards, a `trailing` character is one of the first kind,
 * the entity's last character only the end of an entity, so the split is
 * unique and the first character read backwards outside it is the only one
 * that can be the end character.
 */
export const endTest = (ends: string, trailing: string, entity?: string): ((text: string) => boolean) => {
	const endClass = new RegExp(`^[${ends}]$`, 'u');
	const trailingClass = new RegExp(`^[${trailing}]$`, 'u');
	for (const body of [ends, trailing]) {
		if (/[\u{10000}-\u{10FFFF}]|\\u\{[\dA-Fa-f]{5,}\}|\\p/u.test(body)) throw new Error(`endTest: a class of Basic Multilingual Plane characters only, not [${body}]`);
	}

	if (entity !== undefined && (entity.length === 0 || endClass.test(entity.at(-1)!) || trailingClass.test(entity.at(-1)!))) throw new Error(`endTest: the entity "${entity}" must end outside both classes`);
	const entityEnd = entity === undefined ? -1 : entity.charCodeAt(entity.length - 1);
	// Per code unit: 0 not yet asked, 1 an end character, 2 a trailing one, 3 neither.
	const kinds = new Uint8Array(0x10000);
	const kindOf = (code: number): number => {
		let kind = kinds[code]!;
		if (kind === 0) {
			// A lone surrogate is no character of either class (both are of BMP characters).
			const character = code >= 0xD800 && code <= 0xDFFF ? '' : String.fromCharCode(code);
			kind = character !== '' && endClass.test(character) ? 1 : character !== '' && trailingClass.test(character) ? 2 : 3;
			kinds[code] = kind;
		}

		return kind;
	};

	return (text: string): boolean => {
		let at = text.length - 1;
		while (at >= 0) {
			const code = text.charCodeAt(at);
			const kind = kindOf(code);
			if (kind === 2) {
				at--;
			} else if (kind === 1) {
				return true;
			} else if (code === entityEnd && at + 1 >= entity!.length && text.startsWith(entity!, at + 1 - entity!.length)) {
				at -= entity!.length;
			} else {
				return false;
			}
		}

		return false;
	};
};

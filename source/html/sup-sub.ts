// Superscript and subscript text as the page shows it. A browser draws
// `10<sup>6</sup>` raised; joined as plain text it would read "106", and
// `2019<sup>2</sup>` (a footnote mark) "20192": a figure the page never
// states. Where every character has a Unicode superscript or subscript
// form (digits, signs, parentheses: the exponents, footnote numbers and
// chemical formulas of news copy), the text takes that form ("10⁶", "m³",
// "H₂O", "2019²"), which keeps both the reading and the boundary. Other
// text (a bracketed "[3]", letters) is left as written.

const superscripts = new Map(Object.entries({'0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '\u2212': '⁻', '=': '⁼', '(': '⁽', ')': '⁾'}));
const subscripts = new Map(Object.entries({'0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '\u2212': '₋', '=': '₌', '(': '₍', ')': '₎'}));

/**
 * The text of a `<sup>` (`kind` 'sup') or `<sub>` ('sub') element's text node: in Unicode superscript or
 * subscript characters when every non-space character has that form, else unchanged. Spaces around are
 * dropped when the text is converted (`m<sup>3 </sup>` is "m³"). A raised "o" right after a digit (`before`:
 * the text before the element on its line) is the degree sign it stands for. Pure; linear in the text.
 */
export function supSubText(text: string, kind: 'sup' | 'sub', before = ''): string {
	const forms = kind === 'sup' ? superscripts : subscripts;
	const trimmed = text.trim();
	if (trimmed === '') return text;
	// A raised letter o after a figure is a degree sign typed by hand ("-5<sup>o</sup>C", "45<sup>o</sup>").
	if (kind === 'sup' && (trimmed === 'o' || trimmed === 'º') && /\d$/u.test(before)) return '°';
	let out = '';
	for (const character of trimmed) {
		const form = forms.get(character);
		if (form === undefined) return text;
		out += form;
	}

	return out;
}

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
 * subscript characters when every non-space character has that form, else unchanged. Space before it is
 * dropped when the text is converted (`10<sup> 6</sup>` is "10⁶"); space after it is one space (`m<sup>3 </sup>x` is
 * "m³ x": it parts the next word). A raised "o" right after a digit (`before`:
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

	// White space after the raised text still parts it from the next word, as a browser draws it ("15 m<sup>3 </sup>Erdöl"
	// is "15 m³ Erdöl", not "m³Erdöl").
	return /\s$/u.test(text) ? `${out} ` : out;
}

/** What a reference mark says: a number or short label, bracketed or not ("1", "[1]", "[a]", "[note 2]", "†"). */
const referenceText = /^\s*(?:\[\s*(?:[\p{L}]{0,5}\s?)?[\p{N}\p{L}]{1,4}\s*\]|[\p{N}]{1,3}|[*†‡§¶])\s*$/u;

/** The element shape reference-mark reading needs (parse5's Element, in part). */
type MarkNode = {nodeName: string; value?: string; tagName?: string; attrs?: ReadonlyArray<{name: string; value: string}>; childNodes?: readonly MarkNode[]};

/**
 * Whether a `<sup>` element is a footnote or citation mark (Wikipedia's `<sup class="reference"><a
 * href="#cite_note-1">[1]</a></sup>`, a blog's `<sup><a href="#fn1">1</a></sup>`, `<sup>[3]</sup>`): its whole text
 * a number or short label, written in brackets or linked to a place in the page (an `href` starting "#"). Such a mark
 * says no figure: read as text it was glued to the figure before it ("12[1]", "12¹") and every renumbered or dropped
 * reference was a changed figure. A bare `<sup>2</sup>` not linked is an exponent or a unit's power ("10⁶", "m²").
 * Reads at most 16 nodes below the element.
 */
export function isReferenceMark(element: MarkNode): boolean {
	let text = '';
	let linked = false;
	let budget = 16;
	// Pushed one by one, never spread: an element may hold hundreds of thousands of children (review13 R18), and the budget
	// ends the walk long before.
	const stack: MarkNode[] = [];
	const pushChildren = (node: MarkNode) => {
		const children = node.childNodes ?? [];
		if (children.length > budget) return false;
		for (const child of children) stack.push(child);
		return true;
	};
	if (!pushChildren(element)) return false;
	while (stack.length > 0) {
		if (--budget < 0) return false;
		const node = stack.pop()!;
		if (node.nodeName === '#text') text = (node.value ?? '') + text;
		else if (node.tagName) {
			if (node.tagName === 'a' && node.attrs?.some(a => a.name === 'href' && a.value.startsWith('#'))) linked = true;
			if (!pushChildren(node)) return false;
		}
	}

	if (text.length > 24 || !referenceText.test(text)) return false;
	return linked || text.trim().startsWith('[');
}

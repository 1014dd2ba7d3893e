// A bundle written in ASCII only, so that its loader (source/commands/diff-bundle.ts) can read it as Latin-1: Node
// makes a one-byte string of a large Latin-1 buffer without decoding it, where UTF-8 with any non-ASCII character in
// it is decoded into a two-byte string twice the size (for diff's 1.8 MB bundle ~7 ms of CPU at every start, and V8
// then scans twice the bytes for the functions it compiles). esbuild already escapes non-ASCII characters in strings
// and plain templates; what it leaves are regular-expression literals, templates tagged with String.raw, and
// comments. This escapes those three and nothing else, with acorn's tokens (a
// development dependency; a build without it only keeps the bundle as it is: the loader reads either).
//
// - A regular expression: each non-ASCII UTF-16 code unit as \uXXXX (a character escaped by a backslash, "\é",
//   takes the escape's backslash). The same pattern with or without the u or v flag: V8 reads a pair of surrogate
//   escapes as one code point under them, as it reads the character itself, and as two units without, as it reads
//   the character itself; a source reused in another pattern (boilerplate/markers.ts) means what it meant.
// - A template tagged with String.raw: each non-ASCII character as a substitution of a string holding it,
//   `${"\u2013"}`, which String.raw joins in as the character. Any other tag, or an untagged template with such a
//   character (esbuild escapes those), leaves the bundle unchanged: the tag would see other strings.
// - A comment: each non-ASCII character as "?".
// Anything else outside ASCII (a name, a string) also leaves the bundle unchanged.

const unitEscape = code => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** `text` with each non-ASCII code unit escaped as in a regular expression (see the top of this file). */
const escapeRegExpText = text => {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) {
			out += text[i];
			continue;
		}

		// An odd run of backslashes before it escapes it: the escape's backslash is the one already written.
		let slashes = 0;
		while (slashes < out.length && out[out.length - 1 - slashes] === '\\') slashes++;
		out += slashes % 2 === 1 ? unitEscape(code).slice(1) : unitEscape(code);
	}

	return out;
};

/**
 * The bundle's source with every non-ASCII character escaped (see the top of this file), or undefined when it holds
 * one this cannot escape without changing what the code does, or acorn cannot be loaded.
 */
export const asciiBundle = async source => {
	if (!/[^\x00-\x7F]/.test(source)) return source;
	let acorn;
	try {
		acorn = await import('acorn');
	} catch {
		return undefined;
	}

	const tokens = [];
	const comments = [];
	acorn.parse(source, {ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, onToken: tokens, onComment: comments});
	const edits = [];
	for (const comment of comments) {
		const text = source.slice(comment.start, comment.end);
		if (/[^\x00-\x7F]/.test(text)) edits.push({start: comment.start, end: comment.end, text: text.replace(/[^\x00-\x7F]/g, '?')});
	}

	// The tag of each template being read (templates nest inside substitutions, and braces inside those).
	const open = [];
	for (const [index, token] of tokens.entries()) {
		const kind = token.type.label;
		const top = open.at(-1);
		if (kind === '`') {
			if (top?.template) open.pop();
			else open.push({template: true, tag: tokens.slice(Math.max(0, index - 3), index).map(t => source.slice(t.start, t.end)).join('')});
		} else if (kind === '${' || kind === '{') open.push({template: false});
		else if (kind === '}' && top && !top.template) open.pop();
		const text = source.slice(token.start, token.end);
		if (!/[^\x00-\x7F]/.test(text)) continue;
		if (kind === 'regexp') {
			const slash = text.lastIndexOf('/');
			edits.push({start: token.start, end: token.end, text: `${escapeRegExpText(text.slice(0, slash))}${text.slice(slash)}`});
		} else if (kind === 'template' && top?.template && top.tag === 'String.raw') {
			edits.push({start: token.start, end: token.end, text: text.replace(/[^\x00-\x7F]/g, unit => `\${"${unitEscape(unit.charCodeAt(0))}"}`)});
		} else {
			return undefined;
		}
	}

	edits.sort((a, b) => a.start - b.start);
	let out = '';
	let at = 0;
	for (const edit of edits) {
		out += source.slice(at, edit.start) + edit.text;
		at = edit.end;
	}

	out += source.slice(at);
	return /[^\x00-\x7F]/.test(out) ? undefined : out;
};

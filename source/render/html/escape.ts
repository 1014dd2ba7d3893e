// Article text into HTML. Everything from an article is untrusted: markup
// characters are escaped (a `<script>` or `onerror=` stays visible text), and
// the characters a terminal would interpret — controls, bidi overrides — show
// as the same visible markers as in the terminal, styled apart.
import {toSafeSegments} from '../safe-text.js';

const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Escapes text for an HTML text node or a quoted attribute value. Markup only: controls pass through (see `textHtml`). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, char => entities[char]!);

/**
 * Article text as HTML: escaped, line breaks kept as `\n` (the page shows them
 * with `white-space: pre-wrap`), unsafe characters as marked stand-ins.
 */
export const textHtml = (text: string): string =>
	text
		.split(/\r\n|\r|\n/)
		.map(line =>
			toSafeSegments(line)
				.map(segment => (segment.control ? `<span class="control">${escapeHtml(segment.text)}</span>` : escapeHtml(segment.text)))
				.join(''),
		)
		.join('\n');

/** Text for an attribute (a tooltip): one line, safe and escaped. */
export const attributeText = (text: string, limit = 300): string => {
	const flat = text.replace(/\s+/g, ' ').trim();
	const cut = flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
	return escapeHtml(
		toSafeSegments(cut)
			.map(segment => segment.text)
			.join(''),
	);
};

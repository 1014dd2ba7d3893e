// Heuristic data for reading a page's DOM, kept apart from the passes that use
// it (as Readability.js and trafilatura keep theirs). Each list says why.
import type {BoilerplateCategory} from '../boilerplate/label.js';

/** Elements whose content is never shown as text: code, styles, embedded objects, form controls. */
export const droppedTags = new Set([
	'head', 'script', 'style', 'template', 'noscript', // noscript: parse5 runs as a browser with scripting, so its content is raw text nobody sees
	'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'picture', 'map',
	'select', 'option', 'optgroup', 'datalist', 'textarea', 'input', 'button', 'frameset', 'frame', 'dialog',
]);

/**
 * Elements whose text the page no longer states: `<del>` (a removal from the document) and `<s>`/`<strike>` (HTML's
 * "contents that are no longer accurate or relevant"): how a correction shows the figure it replaced ("killing
 * <del>12</del> <ins>21</ins> workers"). Read as text they put the old figure beside the new ("12 21 workers"), and a
 * copy made after the correction lost a figure. Left out, as a reader skips them.
 */
export const struckTags = new Set(['del', 's', 'strike']);

/** Block-level elements: each starts and ends a line (HTML's rendering section; table cells and captions too). */
export const blockTags = new Set([
	'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
	'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
	'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
	'tfoot', 'th', 'thead', 'tr', 'ul', 'html', 'listing', 'plaintext', 'xmp',
]);

/** Sectioning elements that hold page chrome, not the article (HTML's own semantics). */
export const chromeTags: ReadonlyMap<string, BoilerplateCategory> = new Map([
	['nav', 'navigation'],
	['header', 'navigation'],
	['footer', 'navigation'],
	['aside', 'related'],
	['form', 'navigation'],
]);

/** ARIA landmark roles of chrome (WAI-ARIA 1.2). */
export const chromeRoles: ReadonlyMap<string, BoilerplateCategory> = new Map([
	['navigation', 'navigation'],
	['banner', 'navigation'],
	['contentinfo', 'navigation'],
	['complementary', 'related'],
	['search', 'navigation'],
	['menu', 'navigation'],
	['menubar', 'navigation'],
	['dialog', 'legal'], // cookie and consent pop-ups
	['alertdialog', 'legal'],
]);

/**
 * Words in class and id attributes that name chrome (the words of Readability's
 * `unlikelyCandidates` and trafilatura's discard XPaths that carry a category).
 * Matched against whole words of the attribute (split at -, _, spaces and case changes).
 */
export const chromeWords: ReadonlyMap<string, BoilerplateCategory> = new Map([
	['share', 'share'], ['sharing', 'share'], ['social', 'share'], ['sharethis', 'share'], ['addthis', 'share'], ['shariff', 'share'], ['socials', 'share'],
	['related', 'related'], ['recommended', 'related'], ['recommendations', 'related'], ['teaser', 'related'], ['teasers', 'related'], ['promo', 'related'], ['sponsored', 'related'], ['advert', 'related'], ['advertisement', 'related'], ['ad', 'related'], ['ads', 'related'], ['outbrain', 'related'], ['taboola', 'related'], ['sidebar', 'related'], ['popular', 'related'], ['trending', 'related'], ['tags', 'related'], ['tagcloud', 'related'],
	['comment', 'comments'], ['comments', 'comments'], ['disqus', 'comments'], ['respond', 'comments'], ['reply', 'comments'], ['replies', 'comments'],
	['newsletter', 'newsletter'], ['subscribe', 'newsletter'], ['subscription', 'newsletter'], ['signup', 'newsletter'], ['paywall', 'newsletter'],
	['cookie', 'legal'], ['cookies', 'legal'], ['consent', 'legal'], ['gdpr', 'legal'], ['copyright', 'legal'], ['disclaimer', 'legal'],
	['breadcrumb', 'navigation'], ['breadcrumbs', 'navigation'], ['nav', 'navigation'], ['navbar', 'navigation'], ['navigation', 'navigation'], ['menu', 'navigation'], ['pagination', 'navigation'], ['pager', 'navigation'], ['footer', 'navigation'], ['masthead', 'navigation'], ['skip', 'navigation'], ['toolbar', 'navigation'],
	['caption', 'caption'], ['credit', 'caption'], ['credits', 'caption'], ['copyright-caption', 'caption'],
]);

/**
 * Class and id words that count against an element as Readability's `negative`
 * list does (-25 to its score) but name no chrome: page builders put them on
 * every block (Elementor's `elementor-widget-container` holds the article too).
 */
export const negativeWords = new Set(['widget']);

/**
 * Chrome words specific enough to win beside a content word (`wp-caption-text`,
 * `related_post`, `article-share`); the others (`sidebar`, `footer`, `nav`, …)
 * name layout wrappers too often (`entry-footer`, `content-sidebar-wrap`).
 */
export const specificChromeWords = new Set(['caption', 'credit', 'credits', 'related', 'share', 'sharing', 'social', 'comment', 'comments', 'disqus', 'newsletter', 'cookie', 'cookies', 'consent', 'breadcrumb', 'breadcrumbs']);

/** Class and id words of article content (Readability's `positive`): a chrome word beside them is doubted. */
export const contentWords = new Set(['article', 'body', 'content', 'entry', 'main', 'page', 'post', 'text', 'blog', 'story', 'artikel', 'inhalt', 'text', 'articlebody', 'story-body']);

/** Class and id words that hide an element from sighted readers (screen-reader-only text). */
export const hiddenWords = new Set(['hidden', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'offscreen', 'element-invisible']);

/** Splits a class or id value into lower-case words: `shareButtons_top` → share, buttons, top. */
export function attributeWords(value: string): string[] {
	return value
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(word => word !== '');
}

/** Class and id words of a byline or dateline (hNews, WordPress, most CMSs): a short line under them is metadata. */
export const metadataWords: ReadonlyMap<string, 'date' | 'byline'> = new Map([
	['byline', 'byline'], ['author', 'byline'], ['authors', 'byline'], ['autor', 'byline'], ['dateline', 'date'], ['date', 'date'], ['published', 'date'], ['timestamp', 'date'], ['datum', 'date'], ['posted', 'date'], ['pubdate', 'date'],
]);

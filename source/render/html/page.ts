// The shell of a report: one self-contained HTML file. Styles are inline in
// one <style> element allowed by its hash; the Content-Security-Policy forbids
// everything else (scripts, frames, images, fonts, connections, forms), so
// even a renderer bug that let article markup through could not run it.
import {createHash} from 'node:crypto';
import {escapeHtml} from './escape.js';
import {reportCss} from './theme.js';

/** The page's policy for a style sheet with this text: nothing but that style sheet. */
export const contentSecurityPolicy = (css: string): string =>
	`default-src 'none'; style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`;

/** A complete HTML document: `title` is plain text, `body` is HTML built by the report renderers. */
export const htmlPage = (title: string, body: string): string => {
	const css = reportCss();
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(css))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="copydesk">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
};

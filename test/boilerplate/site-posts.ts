// Test helper (AVA runs every file under test/, so it holds one test of its own): pages of
// one blog whose template carries prose (a "featured post" teaser, sponsor blurbs), the way
// some real sites do; every post shares that prose, so half of each page's sentences are
// the site's.
import test from 'ava';
import {sentence, story} from './stories.js';

/** The site's menu, short lines of chrome (a prose sketch never sees them). */
const menu = ['Home', 'Startups', 'Tech', 'Events', 'Jobs', 'About us', 'Contact'].join('\n');

/** The site's sidebar: a teaser and four sponsor blurbs, each a sentence or two of prose (stories 900–904). */
const sidebar = [
	'FEATURED POST',
	`${sentence(900, 0)} Read More...`,
	'Sponsor Posts',
	...[901, 902, 903, 904].flatMap(blurb => [`${sentence(blurb, 0)} ${sentence(blurb, 1)}`, 'Learn more here.']),
	'Most commented',
	'Follow us on Twitter',
].join('\n\n');

/** A post of the blog (story `post`, six paragraphs), `extra` paragraphs of its own added after its story. */
export const sitePost = (post: number, extra = ''): string => `${menu}\n\nPost ${post} of the blog\n\n${story(post, 6)}${extra ? `\n\n${extra}` : ''}\n\nShare this:\n\n${sidebar}\n\nCopyright 2012 The Blog. All rights reserved.\n`;

test('posts of the site share its template and differ in their stories', t => {
	t.true(sitePost(1).includes(sentence(901, 0)));
	t.false(sitePost(1).includes(sentence(2, 0)));
});

import test from 'ava';
import fc from 'fast-check';
import {maxFrontMatterLines, readFrontMatter} from '../../source/text/front-matter.js';

const post = '---\ntitle: "Factory fire kills 12 in Dhaka"\ndate: 2025-03-03\nauthor: Anna Reporter\ntags: [fire, dhaka]\n---\n\nDHAKA, March 3 (Reuters) - A fire broke out.\n';

test('a leading --- block gives title, date and byline; it ends after its closing fence', t => {
	const matter = readFrontMatter(post);
	t.deepEqual(matter, {end: post.indexOf('\n\nDHAKA') + 1, lines: 6, title: 'Factory fire kills 12 in Dhaka', date: '2025-03-03', byline: 'Anna Reporter'});
});

test('quoted scalars, comments, lists of authors, CRLF and a ... fence are read; unknown keys and nested values are skipped', t => {
	const text = "---\r\n# a comment\r\ntitle: 'It''s over'\r\nauthors:\r\n  - Anna Reporter\r\n  - Ben Writer\r\nimages:\r\n  hero: a.jpg\r\ndate: 2025-03-03T10:00:00Z # UTC\r\nurl: https://example.org/post\r\n...\r\nBody.";
	t.like(readFrontMatter(text), {title: "It's over", byline: 'Anna Reporter', date: '2025-03-03T10:00:00Z', url: 'https://example.org/post', lines: 11});
	t.is(readFrontMatter('---\nauthor: [Anna Reporter, Ben Writer]\n---\n')?.byline, 'Anna Reporter');
});

test('no front matter: not at the first line, a line that is no key, no closing fence, an empty block, or too long', t => {
	t.is(readFrontMatter('Title\n---\ntitle: x\n---\n'), undefined);
	t.is(readFrontMatter('---\nThis is a sentence, not a key.\n---\n'), undefined);
	t.is(readFrontMatter('---\ntitle: x\n\nBody text that never closes the block.\n'), undefined);
	t.is(readFrontMatter('---\n---\nBody.'), undefined);
	// A Markdown rule then a paragraph: a horizontal rule opening a text is no front matter.
	t.is(readFrontMatter('---\n\nA paragraph of the story, told in full.\n'), undefined);
	t.is(readFrontMatter(`---\n${'key: value\n'.repeat(maxFrontMatterLines)}---\n`), undefined);
});

test('property: any text either has no front matter or one that ends inside it, on a line break', t => {
	fc.assert(
		fc.property(fc.string({unit: fc.constantFrom('-', '-', '\n', ':', ' ', 'a', 'k', '.', '#', '"', '[', '\r')}), tail => {
			const text = `---\n${tail}`;
			const matter = readFrontMatter(text);
			return matter === undefined || (matter.end <= text.length && (matter.end === text.length || text[matter.end - 1] === '\n'));
		}),
	);
	t.pass();
});

test('a struck run in a front matter title is not the title\'s (breaker13b N44)', t => {
	t.is(readFrontMatter('---\ntitle: "Fire kills ~~12~~ 21 in Dhaka"\n---\nBody.\n')?.title, 'Fire kills 21 in Dhaka');
});

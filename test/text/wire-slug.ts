import test from 'ava';
import fc from 'fast-check';
import {normalizeForMatch} from '../../source/text/normalize.js';
import {wireSlugLength, withoutWireSlugs} from '../../source/text/wire-slug.js';

test('a wire\'s version slug opening a headline is read, in capitals and glued to the headline (breaker13 M7)', t => {
	for (const slug of ['UPDATE 2-', 'CORRECTED-UPDATE 1-', 'WRAPUP 1-', 'REFILE-', 'RPT-', 'EXCLUSIVE-', 'UPDATE 1-EXCLUSIVE-', 'REFILE-UPDATE 12-']) {
		t.is(wireSlugLength(`${slug}Factory fire kills 12 in Dhaka`), slug.length, slug);
	}
	// Not a slug: a word of the text, lower case, a space after the hyphen, another word, mid-line.
	for (const line of ['UPDATE on the factory fire', 'Update 2-Factory fire', 'UPDATE 2- Factory fire', 'COVID-19 cases rose', 'The UPDATE 2-Factory fire', 'UPDATE 123-Factory fire']) t.is(wireSlugLength(line), 0, line);
});

test('the slug is markup: a headline with it and without it match, and its number and words are blanked for facts (breaker13 M7)', t => {
	t.is(normalizeForMatch('UPDATE 2-Factory fire kills 12 in Dhaka'), normalizeForMatch('Factory fire kills 12 in Dhaka'));
	t.is(normalizeForMatch('CORRECTED-UPDATE 1-Factory fire kills 12'), normalizeForMatch('Factory fire kills 12'));
	t.not(normalizeForMatch('UPDATE on the fire'), normalizeForMatch('on the fire'));
	t.is(withoutWireSlugs('UPDATE 2-Factory fire\n\nRPT-Second line'), '         Factory fire\n\n    Second line');
	t.is(withoutWireSlugs('COVID-19 cases rose'), 'COVID-19 cases rose');
});

test('property: withoutWireSlugs keeps every offset (only slug characters become spaces)', t => {
	const pieces = ['UPDATE', ' 2', '-', 'WRAPUP', 'RPT', 'Factory', ' ', '\n', 'fire', '12', 'x'];
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 10}), parts => {
			const text = parts.join('');
			const blanked = withoutWireSlugs(text);
			t.is(blanked.length, text.length);
			for (let i = 0; i < text.length; i++) if (blanked[i] !== text[i]) t.is(blanked[i], ' ');
		}),
		{numRuns: 500},
	);
});

test('"FOCUS-Online" is a name, not a slug; a Reuters FOCUS slug is one (breaker13b N9, review13b S9)', t => {
	t.is(withoutWireSlugs('FOCUS-Markets brace for rates'), '      Markets brace for rates');
	t.is(withoutWireSlugs('FOCUS-Online berichtete am Montag.'), 'FOCUS-Online berichtete am Montag.');
});

import test from 'ava';
import {withoutSiteName} from '../../source/html/metadata.js';
import {readPage} from '../../source/html/page.js';

test('a <title> loses the site name after its last separator when three words or more are left, as Readability reads it (breaker10 H21)', t => {
	t.is(withoutSiteName('Factory fire kills 12 in Dhaka - Planet'), 'Factory fire kills 12 in Dhaka');
	t.is(withoutSiteName('Factory fire kills 12 in Dhaka | Planet News Online'), 'Factory fire kills 12 in Dhaka');
	t.is(withoutSiteName('Fire - twelve dead in Dhaka » World » Planet'), 'Fire - twelve dead in Dhaka » World');
	t.is(withoutSiteName('Brexit - a guide'), 'Brexit - a guide');
	t.is(withoutSiteName('Incendie à Dhaka : 12 morts'), 'Incendie à Dhaka : 12 morts');
	t.is(withoutSiteName('Twenty-one-year-old wins'), 'Twenty-one-year-old wins');
});

test('a page without og:title or <h1> is titled by its <title> without the site name; og:title is taken as given', t => {
	const page = (head: string) => readPage(Buffer.from(`<html><head>${head}</head><body><p><font size="5"><b>Factory fire kills 12 in Dhaka</b></font></p><p>A fire at a garment factory killed twelve workers on Monday, police said.</p></body></html>`));
	t.is(page('<title>Factory fire kills 12 in Dhaka - Planet</title>').givenTitle, 'Factory fire kills 12 in Dhaka');
	t.is(page('<title>Factory fire kills 12 in Dhaka - Planet</title><meta property="og:title" content="Fire in Dhaka - live">').givenTitle, 'Fire in Dhaka - live');
});

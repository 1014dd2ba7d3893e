import test from 'ava';
import fc from 'fast-check';
import {commentThreadBlocks, datedEntries, headerShape, isThreadFurniture, isThreadHeadingText, pageDatedUnits, shapeOfHeader, threadStructure, underThreadHeading} from '../../source/boilerplate/comment-thread.js';
import {blockFeatureVectors, featureNames} from '../../source/boilerplate/block-features.js';
import {labelArticle, ruleStates} from '../../source/boilerplate/classify.js';
import {applyBlockModel, type BlockModel} from '../../source/boilerplate/block-model.js';
import {story} from './stories.js';

// A thread in a language none of the comment patterns know: only its structure (a name,
// a date and time, the comment, repeated) says what it is.
const commenters = [['Anna Berger', '3. März 2012 um 16:15'], ['Jo Li', '12. Mai 2012 um 9:02'], ['Karl Heinz Moser', '14. Mai 2012 um 21:40'], ['Eva', '2. Juni 2012 um 7:05']];
const comment = (k: number): string => `Ich habe den Artikel ${k + 1} Mal gelesen und finde immer noch, dass die Stadt viel früher hätte handeln müssen, bevor der Rahmen rostete.`;
const thread = commenters.map(([name, date], k) => `${name}\n\n${date}\n\n${comment(k)}`).join('\n\n');
const page = `Start\nNachrichten\nSport\n\n${story(5)}\n\n${thread}`;

test('header shapes: names and numbers vary, the shape of a comment header does not', t => {
	t.is(headerShape('by jdoe (1234) writes:'), headerShape('by kcin (34043) writes:'));
	t.is(headerShape('Jane Doe March 3, 2012 at 4:15 pm'), headerShape('John Roe May 19, 2012 at 11:02 am'));
	t.is(headerShape(commenters[0][1]), headerShape(commenters[1][1]));
	t.is(headerShape('Home'), undefined);
	t.is(headerShape('The council voted on Tuesday'), undefined);
});

test('a header shape is the same whatever the words and numbers in it', t => {
	const word = fc.stringMatching(/^[A-Za-zäöü]{1,9}$/u);
	fc.assert(fc.property(fc.array(word, {minLength: 1, maxLength: 3}), fc.nat(31), fc.nat(23), fc.nat(59), (name, day, hour, minute) => {
		t.is(headerShape(`${name.join(' ')} ${day + 1}. März 2012 um ${hour}:${String(minute).padStart(2, '0')}`), headerShape('Anna Berger 3. März 2012 um 16:15'));
	}));
});

/** headerShape as first written: three replacements (the scanner must give the same string). */
const shapeByPatterns = (plain: string): string | undefined => {
	const shape = plain.replace(/[\p{L}\p{M}'’_-]+(?:\s+[\p{L}\p{M}'’_-]+)*/gu, 'a').replace(/\p{N}+/gu, '0').replace(/\s+/gu, ' ');
	return shape.includes('0') || shape.includes(':') ? shape : undefined;
};

test('a header shape is what the three replacements make, on any text (other scripts, numerals, white space, lone surrogates)', t => {
	const pieces = fc.constantFrom('a', 'Zé', 'ß', '’', "'", '_', '-', ' ', '  ', '\t', '\n', '\u00A0', '\u3000', '\u2028', '\uFEFF', '1', '42', '٣', '²', '½', 'Ⅻ', '𝟘', '𝐀', '𠀀', '\u0301', '\uD800', '\uDC00', ':', '.', '(', '@', '#', '|', '·', '漢', 'ﾃ', '한', '€', '\u200B');
	fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({unit: 'binary', maxLength: 4})), {maxLength: 24}), parts => {
		const text = parts.join('');
		t.is(headerShape(text), shapeByPatterns(text), JSON.stringify(text));
	}), {numRuns: 3000});
});

test('the dates of a thread are its markers; each comment lies between them, the article does not', t => {
	const {states} = ruleStates(page);
	const {marker, markerBefore, markerAfter, markersBefore} = threadStructure(states);
	const at = (text: string) => states.findIndex(state => state.f.plain === text);
	for (const [, date] of commenters) {
		t.is(marker[at(date)], 1, date);
	}

	const first = at(story(5).split('\n\n')[0]);
	t.is(marker[first], 0);
	t.is(markersBefore[first], 0);
	t.true(markerBefore[first] === Number.POSITIVE_INFINITY);
	for (const k of [0, 1, 2]) {
		const i = at(comment(k));
		t.is(markerBefore[i], 1);
		t.true(markerAfter[i] <= 3);
	}
});

test('the thread features speak for the comments and not for the article', t => {
	const {states} = ruleStates(page);
	const vectors = blockFeatureVectors(states);
	const names = featureNames();
	const since = names.indexOf('thread.markers-since-core');
	const enclosed = names.indexOf('thread.enclosed-after-core');
	t.true(since !== -1 && enclosed !== -1);
	const at = (text: string) => states.findIndex(state => state.f.plain === text);
	for (const paragraph of story(5).split('\n\n')) {
		t.is(vectors[at(paragraph)][since], 0);
		t.is(vectors[at(paragraph)][enclosed], 0);
	}

	t.true(vectors[at(comment(2))][since] > 0);
	t.is(vectors[at(comment(2))][enclosed], 1);
});

const article = [
	'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers warned that its steel frame was corroding faster than they had expected.',
	'The bridge, which carries about 12,000 vehicles a day, will stay open to pedestrians and cyclists while the council looks for the money to repair it, a process officials said could take several years.',
	'Shop owners on both sides of the river said they were worried that the closure would keep customers away, and asked the council to run a free bus across the water during the works.',
	'The mayor said the council had no choice but to act on the engineers\' report, and that the safety of the people who use the bridge every day had to come first.',
].join('\n\n');

// The same thread's structure, with comments in the article's language (prose is graded in it).
const said = (k: number): string => `I have read this ${k + 1} times and I still think the council should have acted years ago, before the frame of the bridge began to rust.`;
const englishThread = commenters.map(([name, date], k) => `${name}\n\n${date}\n\n${said(k)}\n\nReply · Report`).join('\n\n');

test('comment furniture is a short block of replies, reports and votes; share links and prose are not', t => {
	for (const furniture of ['Reply', 'Report abuse', 'Reply · Report · 3 likes', '▲ 12 ▼ 2', '↑ 4', 'Antworten', 'Répondre · Signaler', 'Like (3)']) {
		t.true(isThreadFurniture(furniture), furniture);
	}

	for (const other of ['Share', 'Share on Facebook', 'Read more', 'I like this reply very much, thank you.', 'Points of interest', '12', 'Edit']) {
		t.false(isThreadFurniture(other), other);
	}
});

test('clock-timed headers with no comment evidence (a live blog\'s entries) are no thread', t => {
	const entries = commenters.map(([name, date], k) => `${name}\n\n${date}\n\n${said(k)}`).join('\n\n');
	t.false(commentThreadBlocks(ruleStates(`${article}\n\n${entries}`).states).some(Boolean));
	const saysThread = commenters.map(([name, date], k) => `${name} says:\n\n${date}\n\n${said(k)}`).join('\n\n');
	t.true(commentThreadBlocks(ruleStates(`${article}\n\n${saysThread}`).states).some(Boolean));
	t.true(commentThreadBlocks(ruleStates(`${article}\n\nComments\n\n${entries}`).states).some(Boolean));
});

test('a thread under an article is found by its repeated dated headers and furniture; steps of a how-to are not a thread', t => {
	const {states} = ruleStates(`${article}\n\n${englishThread}`);
	const inThread = commentThreadBlocks(states);
	const at = (text: string) => states.findIndex(state => state.f.plain === text);
	for (const paragraph of article.split('\n\n')) {
		t.false(inThread[at(paragraph)], paragraph);
	}

	for (const k of [0, 1, 2, 3]) {
		t.true(inThread[at(said(k))], said(k));
	}

	const steps = Array.from({length: 4}, (_, k) => `Step ${k + 1}:\n\n${said(k)}`).join('\n\n');
	const howTo = ruleStates(`${article}\n\n${steps}`).states;
	t.false(commentThreadBlocks(howTo).some(Boolean));
});

test("a page's dated units are made once for its thread structure, and the thread and the dated entries read from them are those made alone", t => {
	const entries = commenters.map(([name, date], k) => `${name}\n\n${date}\n\n${said(k)}`).join('\n\n');
	for (const text of [`${article}\n\n${englishThread}`, `${article}\n\n${entries}`, `${englishThread}\n\n${article}`, `${article}\n\nComments\n\n${entries}`]) {
		const {states} = ruleStates(text);
		const structure = threadStructure(states);
		t.deepEqual(structure.dated, pageDatedUnits(states));
		t.true(structure.dated.units.length > 0, 'each page has dated units');
		t.deepEqual(commentThreadBlocks(states, structure.dated), commentThreadBlocks(states));
		t.deepEqual(datedEntries(states, structure.dated), datedEntries(states));
	}

	// Headers above the article: units, but no thread (the thread needs prose above its first header).
	const above = ruleStates(`${englishThread}\n\n${article}`).states;
	t.false(commentThreadBlocks(above, threadStructure(above).dated).some(Boolean));
});

test('posts embedded in an article, each signed with a date but no time, are no thread', t => {
	const embedded = Array.from({length: 4}, (_, k) => `${said(k)}\n\n— Jane Roe (@janeroe) ${k + 2} June 2018`).join('\n\n');
	t.false(commentThreadBlocks(ruleStates(`${article}\n\n${embedded}\n\n${article}`).states).some(Boolean));
});

test('dated headers above the article, or with no prose between them, are no thread', t => {
	const dates = commenters.map(([, date]) => date).join('\n\n');
	t.false(commentThreadBlocks(ruleStates(`${englishThread}\n\n${article}`).states).some(Boolean));
	t.false(commentThreadBlocks(ruleStates(`${article}\n\n${dates}`).states).some(Boolean));
});

test('a thread heading in another language is comment evidence', t => {
	const entries = commenters.map(([name, date], k) => `${name}\n\n${date}\n\n${said(k)}`).join('\n\n');
	for (const heading of ['Comentarios de los lectores', 'Komentarze czytelników', 'Leserkommentare', 'Join the discussion']) {
		t.true(commentThreadBlocks(ruleStates(`${article}\n\n${heading}\n\n${entries}`).states).some(Boolean), heading);
	}
});

test('a thread whose headers give each comment\'s age ("3 hours ago", "an hour ago") and whose furniture shares as well as replies is a thread; ages alone are none', t => {
	const ages = ['Maria Lopez • 5 hours ago', 'Tom B • 3 hours ago', 'Sam K • an hour ago', 'Lee • 12 minutes ago'];
	const aged = (furniture: string) => ages.map((header, k) => `${header}\n\n${said(k)}\n\n${k + 1} • ${furniture}`).join('\n\n');
	const {states} = ruleStates(`${article}\n\n${aged('Reply • Share ›')}`);
	const inThread = commentThreadBlocks(states);
	const at = (text: string) => states.findIndex(state => state.f.plain === text);
	for (const k of [0, 1, 2, 3]) t.true(inThread[at(said(k))], said(k));
	for (const paragraph of article.split('\n\n')) t.false(inThread[at(paragraph)], paragraph);
	t.true(isThreadFurniture('4 • Reply • Share ›'));
	t.false(isThreadFurniture('Share ›'));
	// A live blog's entries aged the same way, with share links only: no thread.
	t.false(commentThreadBlocks(ruleStates(`${article}\n\n${aged('Share ›')}`).states).some(Boolean));
});

test('a comment thread under a text with no other trace of a web page is still stripped: the thread is that trace', t => {
	const ages = ['Maria Lopez • 5 hours ago', 'Tom B • 3 hours ago', 'Sam K • an hour ago'];
	const text = `${article}\n\n${ages.map((header, k) => `${header}\n${said(k)}\n${k + 1} • Reply • Share ›`).join('\n\n')}\n`;
	const labels = labelArticle(text);
	const kind = (line: string) => labels.lines.find(label => text.slice(label.span.start, label.span.end).trim() === line)?.kind;
	for (const k of [0, 1, 2]) t.is(kind(said(k)), 'boilerplate', said(k));
	for (const paragraph of article.split('\n\n')) t.is(kind(paragraph), 'body', paragraph);
});

test('headerShape keeps a shape exactly when its whole shape has a number run or a colon (the text pre-test loses none)', (t) => {
	const piece = fc.constantFrom('a', 'Jo', ' ', '7', '١٢', '½', ':', '：', '-', '.', '(', '’', 'é', '\u0301', '😀', '\uD800', '\n');
	fc.assert(fc.property(fc.array(piece, {maxLength: 10}), (pieces) => {
		const plain = pieces.join('');
		const shape = shapeOfHeader(plain);
		t.is(headerShape(plain), shape.includes('0') || shape.includes(':') ? shape : undefined, JSON.stringify(plain));
	}), {numRuns: 3000});
});

// A thread under a short article whose comments are longer than its paragraphs: the first comment's prose is
// the page's densest block (the article's core, block-features.ts), and it has one header above it, not two.
const readers = [['Jane Miller says:', '3 hours ago'], ['Tom Baker says:', '2 hours ago'], ['Priya Shah says:', '1 hour ago'], ['Sam Olsen says:', '40 minutes ago']];
const readerComment = (k: number): string => `I cross that bridge ${k + 1} times a week and I have been saying for years that it was not safe, so the council should have found the money long before the frame began to rust.`;
const threadPage = (heading: string): string => [
	'Home', '', 'Harbour bridge to close to cars', '',
	'The city council voted on Tuesday to close the old harbour bridge to cars from next spring.', '',
	'The bridge carries about 12,000 vehicles a day and will stay open to pedestrians and cyclists.', '',
	...(heading ? [heading, ''] : []),
	...readers.flatMap(([name, age], k) => [name, '', age, '', readerComment(k), '', 'Reply', '']),
	'© 2025 The Coast Courier',
].join('\n');

test('under a thread heading ("4 comments", "Leave a reply"), the run of headers and what they enclose is the thread, its first comment too', t => {
	for (const heading of ['4 comments', 'Leave a reply']) {
		const {states} = ruleStates(threadPage(heading));
		const under = underThreadHeading(states);
		const at = (text: string) => states.findIndex(state => state.f.plain === text);
		t.is(under[at(readerComment(0))], 1, heading);
		t.is(under[at(readerComment(3))], 1, heading);
		t.is(under[at('The city council voted on Tuesday to close the old harbour bridge to cars from next spring.')], 0, heading);
		t.is(under[at(heading)], 0, 'the heading itself is chrome already');
		t.deepEqual(underThreadHeading(states, threadStructure(states)), under, 'the same from the structure the caller has');
	}
});

test("the thread structure carries the page's comment evidence in words apart from its dated units", t => {
	const withHeading = ruleStates(threadPage('4 comments')).states;
	t.true(threadStructure(withHeading).commentEvidence);
	t.true(threadStructure(withHeading).commentPage);
	t.false(threadStructure(ruleStates(page).states).commentEvidence);
});

test('without a thread heading below the article, or on a page without comment evidence, nothing is under one', t => {
	const firstComment = (text: string): number => {
		const {states} = ruleStates(text);
		return underThreadHeading(states)[states.findIndex(state => state.f.plain === readerComment(0))];
	};

	// No heading: the first comment is not under one (the furniture under it, "Reply", is comment chrome and opens the rest).
	t.is(firstComment(threadPage('')), 0);
	// A heading above all the article's prose (a "12 comments" link in the page's header) opens no thread.
	t.is(firstComment(threadPage('').replace('Home\n', 'Home\n\n12 comments\n')), 0);
	// No comment evidence: repeated short shapes between paragraphs are not a thread's.
	t.true(underThreadHeading(ruleStates(page).states).every(flag => flag === 0));
});

test('a thread\'s first comment under a thread heading is not kept by the body margin, though the model is unsure of it', t => {
	// Every block at 0.4 against a threshold of 0.5: the body margin (half the threshold) keeps what the rules call body.
	const unsure: BlockModel = {features: ['size.log'], bias: Math.log(0.4 / 0.6), threshold: 0.5, trees: []};
	const {states} = ruleStates(threadPage('4 comments'));
	const at = (text: string) => states.findIndex(state => state.f.plain === text);
	t.is(states[at(readerComment(0))].final?.kind, 'body', 'the rules call the comment body');
	applyBlockModel(states, unsure);
	t.is(states[at('The bridge carries about 12,000 vehicles a day and will stay open to pedestrians and cyclists.')].final?.kind, 'body');
	t.is(states[at(readerComment(0))].final?.kind, 'boilerplate');
	t.is(states[at(readerComment(1))].final?.kind, 'boilerplate');
});

// A photo post: a comment counter in its header (a link to the thread, above the text), and pictures between its
// paragraphs whose stand-ins recur in one shape, as a thread's headers do; its readers' thread has not begun.
const photoParagraphs = [
	'We drove up the coast on Saturday morning to see the old cannery town.',
	'The main street is lined with shops that sell salvaged doors, neon signs, enamel kitchen tables and cast iron bathtubs by the dozen, and every one of them seems to have a back room full of things nobody has priced yet.',
	'This one had a whole wall of clocks.',
	'The owner told us most of the signs came from diners that closed along the highway in the seventies.',
	'We stayed for lunch at a fish shack by the pier and watched the sea lions argue over the floating dock.',
	'We already plan to go back in the autumn.',
];
const photoPost = [
	'Home', '', 'Travel notes from the coast', '', 'Comments: 8', '',
	...photoParagraphs.flatMap((text, k) => [`[IMG_20${41 + k}-1024x76${k}]`, '', text, '']),
	'Comments (2)', '', 'Jane Miller says:', '', 'Lovely pictures, the clock wall is wonderful.', '', 'Reply', '',
	'Tom Baker says:', '', 'We went last year and loved the fish shack too.', '', 'Reply', '',
	'Priya Shah says:', '', 'Which town is it? I would love to find those clocks.', '', 'Reply', '',
].join('\n');

test('pictures between a post\'s paragraphs are no thread\'s headers while no comment heading or header lies between the article\'s core and them: the body margin keeps its paragraphs', t => {
	// Every block at 0.4 against a threshold of 0.5: the body margin (half the threshold) keeps what the rules call body.
	const unsure: BlockModel = {features: ['size.log'], bias: Math.log(0.4 / 0.6), threshold: 0.5, trees: []};
	const {states} = ruleStates(photoPost);
	const at = (text: string) => states.findIndex(state => state.f.plain === text);
	for (const text of photoParagraphs) t.is(states[at(text)].final?.kind, 'body', `the rules call it body: ${text}`);
	applyBlockModel(states, unsure);
	for (const text of photoParagraphs) t.is(states[at(text)].final?.kind, 'body', text);
	// The readers' comments below the thread's heading still go.
	t.is(states[at('We went last year and loved the fish shack too.')].final?.kind, 'boilerplate');
});

// A short post (under a hundred words) and its readers' thread under "6 Comments": numbered name lines and a date
// without a time ("October 2, 2012, | Permalink") head each comment, "Reply" under it, so the dated-thread pass
// (commentThreadBlocks: clock times or ages, a hundred words of article above) does not find it.
const fans = ['dipitblack', 'Cristine Arroyo', 'Emilie', 'StyleVOCI', 'Una', 'Wildflower'];
const fanComments = [
	'Love her and love her outfit, and what an amazing bag that is!',
	'I love this look so much, the shirt and the tie are perfect together.',
	'Wicked colour combination, I love the shoes and the tie, so inspiring.',
	'You look amazing, the masculine shapes and the heels are perfect together.',
	'Fantastic shirt, I just have to learn how to tie a tie like that one.',
	'This is amazing, you have totally captured the spirit of that collection.',
];
const fanComment = (k: number): string => fanComments[k];
const shortPost = (heading: string, names: readonly string[] = fans): string => [
	'About / Contact', '', 'In St. Germain, Paris', '',
	'I am totally inspired by the autumn collection, my all time favourite. The shirt and tie are vintage, the shoes are new.', '',
	...(heading ? [heading, ''] : []),
	...names.flatMap((name, k) => [`${k + 1}. ${name}`, `   October ${k + 2}, 2012, | Permalink`, '', `   ${fanComment(k)}`, '', '   Reply', '']),
].join('\n');
/** A model that keeps every block (0.9 against a threshold of 0.5). */
const keepsAll: BlockModel = {features: ['size.log'], bias: Math.log(0.9 / 0.1), threshold: 0.5, trees: []};
const decided = (text: string): Array<{plain: string; kind: string | undefined; reason: string | undefined}> => {
	const {states} = ruleStates(text);
	applyBlockModel(states, keepsAll);
	return states.map(state => ({plain: state.f.plain, kind: state.final?.kind, reason: state.final?.reason}));
};

test('a short post\'s thread under its heading ("6 Comments") is comments, though the model keeps its prose and no header has a time', t => {
	const blocks = decided(shortPost('6 Comments'));
	const of = (text: string) => blocks.find(block => block.plain === text);
	t.is(of('I am totally inspired by the autumn collection, my all time favourite. The shirt and tie are vintage, the shoes are new.')?.kind, 'body');
	for (const k of [0, 1, 2, 3, 4, 5]) {
		t.is(of(fanComment(k))?.kind, 'boilerplate', fanComment(k));
		t.is(of(fanComment(k))?.reason, 'comment: between repeated comment headers');
	}
});

test('whatever the commenters\' names, a headed thread under a short post is dropped whole', t => {
	const name = fc.stringMatching(/^[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9})?$/u);
	fc.assert(fc.property(fc.array(name, {minLength: 6, maxLength: 6}), names => {
		const blocks = decided(shortPost('6 Comments', names));
		return [0, 1, 2, 3, 4, 5].every(k => blocks.find(block => block.plain === fanComment(k))?.kind === 'boilerplate');
	}), {numRuns: 30});
	t.pass();
});

test('no heading in words, or a label with its value ("Reactions: Anna"), opens no thread for the decision', t => {
	const kept = (text: string) => decided(text).find(block => block.plain === fanComment(0))?.kind;
	t.is(kept(shortPost('')), 'body', 'no heading: the model\'s decision stands');
	t.is(kept(shortPost('Reactions: Anna, Tom')), 'body', 'a forum post\'s furniture is no heading');
});

test('a thread heading in words: short, read by the heading pattern, not a label with a value', t => {
	const heading = (text: string) => isThreadHeadingText(ruleStates(`${text}\n`).states[0]);
	t.true(heading('3 Comments'));
	t.true(heading('Leave a reply'));
	t.true(heading('Kommentare (4)'));
	t.false(heading('Reactions: Nixe'));
	t.false(heading('Comments are closed on this story because of the number of abusive posts we received last week'));
	t.false(heading('Home'));
});

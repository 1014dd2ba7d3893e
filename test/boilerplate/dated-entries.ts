// Clock-timed headers repeated under an article are not all comment threads
// (comment-thread.ts): a live blog's entries, a timeline's sections and the
// paragraphs between embedded posts are the article. A reader-comment thread
// is known by its furniture (replies, votes, "says:", its heading), which
// these lack. Pages written for the test, in the shape real page dumps have.
import test, {type ExecutionContext} from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import type {ArticleLabels} from '../../source/boilerplate/label.js';
import {rewrap} from '../../bench/eval/rewrap.js';

const kindOf = (text: string, labels: ArticleLabels, line: string): string => {
	const found = labels.lines.find((label) => text.slice(label.span.start, label.span.end).trim() === line);
	if (!found) {
		throw new Error(`no line ${line}`);
	}

	return found.kind === 'boilerplate' ? `boilerplate:${found.category}:${found.reason}` : found.kind;
};

const kept = (text: string, labels: ArticleLabels, line: string): boolean => ['body', 'title'].includes(kindOf(text, labels, line));

const menu = 'Home\nNews\nWeather\nSport\nBusiness\nOpinion';
const footer = 'Most read\n  • Ferry timetable changes from Monday\n  • Bakery wins national bread prize\n  • Concert hall to reopen in June\n\n© 2025 The Coast Courier. All rights reserved.';
const page = (title: string, body: string): string => `${menu}\n\n${title}\n\n${body}\n\n${footer}`;

const intro = [
	'A storm with winds of up to 110 kilometres an hour is moving along the west coast tonight, and the weather service has asked people in low-lying towns to stay indoors until the morning.',
	'Schools in four districts will stay closed tomorrow, the regional government said, and the ferry company has cancelled every crossing until the wind drops below gale force.',
	'The storm is the strongest to reach the region in eleven years, forecasters said, and it is expected to bring heavy rain to the hills behind the coast before it moves inland on Wednesday.',
	'Our reporters along the coast are following the storm through the night; the latest news from the towns in its path is below, with the newest entries at the top.',
];

const liveEntries = [
	['10:42 Coast road closed after a landslide', 'Police say the coast road between the harbour and the lighthouse is closed after part of the hillside slid onto it, and that nobody was hurt when the mud came down.'],
	['10:15 Power cut in the old town', 'About 3,000 homes in the old town have lost power, the electricity company said, adding that its crews would not go out until the wind had dropped.'],
	['09:58 Harbour wall holds', 'The harbour master told us the new sea wall was holding against waves of more than six metres, although water had reached the car park behind it twice.'],
	['09:30 Rescue teams on standby', 'Mountain rescue teams from three valleys have been moved to the coast in case they are needed, and the army has offered trucks that can drive through flood water.'],
];

test('a live blog keeps every clock-timed entry, headers and text', (t) => {
	const text = page('Live: storm hits the west coast', `${intro.join('\n\n')}\n\n${liveEntries.map((entry) => entry.join('\n\n')).join('\n\n')}`);
	const labels = labelArticle(text);
	for (const [header, entry] of liveEntries) {
		t.true(kept(text, labels, entry), `${entry}: ${kindOf(text, labels, entry)}`);
		t.true(kept(text, labels, header), `${header}: ${kindOf(text, labels, header)}`);
	}

	t.false(kept(text, labels, '• Bakery wins national bread prize'));
});

const timeline = [
	['Thursday, 02:15', 'The first emergency call came from a fisherman who saw smoke above the old cannery, and two fire engines from the harbour station reached it within ten minutes.'],
	['Thursday, 03:40', 'By the time a third crew arrived the roof had caught, and the fire service asked the people in the houses along the quay to leave until the morning.'],
	['Thursday, 06:05', 'The fire was under control shortly after dawn, the service said, although crews would stay through the day to cool the walls and look for hidden embers.'],
	['Friday, 11:30', 'Investigators from the police and the fire service began to search the ruins, and the owner said he had no idea how the fire could have started.'],
];

test('a timeline with headings dated to the minute keeps the text of its sections', (t) => {
	const opening = [
		'A fire that destroyed the old cannery on the quay this week started in a storeroom at the back of the building, investigators said on Saturday, but they do not yet know what caused it.',
		'Nobody was hurt, but twelve families spent the night in the sports hall while the fire burned, and the town has lost one of the last buildings of its fishing past.',
		'The cannery, built in 1898, had stood empty for more than twenty years, and the town council had been looking for a buyer who would turn it into flats or a market hall.',
		'This is how the night and the day after it unfolded, from the first call to the start of the investigation, according to the fire service and the people who were there.',
	];
	const text = page('How the cannery fire unfolded', `${opening.join('\n\n')}\n\n${timeline.map((entry) => entry.join('\n\n')).join('\n\n')}`);
	const labels = labelArticle(text);
	for (const [heading, section] of timeline) {
		t.true(kept(text, labels, section), `${heading} ${section}: ${kindOf(text, labels, section)}`);
	}
});

const reactions = [
	['The mayor said the decision had been the hardest of her time in office, and that she understood why so many people in the town were angry about it.', 'This is a sad day for our town, but the bridge is not safe and I will not gamble with your lives.', 'Anna Lindqvist (@annalindqvist) November 3, 2024 at 10:00'],
	['Shop owners on the south bank were quick to answer her, and several said they would ask the regional government to overturn the closure before spring.', 'Closing the bridge without a bus in place will empty every shop on this side of the river. We were not asked.', 'South Bank Traders (@southbanktraders) November 3, 2024 at 10:47'],
	['The engineers who wrote the report also spoke up, saying that the steel frame had lost a fifth of its thickness in places and could not be patched.', 'We looked at every beam. Some have lost twenty per cent of their steel. This is not a decision anyone took lightly.', 'Coast Engineering (@coasteng) November 3, 2024 at 11:20'],
	['By the evening the council had promised to look again at a free bus across the water during the works, though it did not say how it would be paid for.', 'Good news: the council will look at a free shuttle bus. We will keep pushing until it runs.', 'Tom Eriksen (@tomeriksen) November 3, 2024 at 18:05'],
];

test('paragraphs between embedded posts, each signed with a date and time, are kept', (t) => {
	const opening = 'The decision to close the harbour bridge to cars next spring drew an angry answer on social media within minutes of the council vote on Sunday morning, from residents, traders and politicians alike, and the mayor answered many of them herself.\n\nThe bridge, which carries about 12,000 vehicles a day, will stay open to pedestrians and cyclists while the council looks for the money to repair it, a process officials said could take several years.\n\nEngineers warned last month that its steel frame was corroding faster than they had expected, and the council said it had no choice but to act on their report.';
	const body = reactions.map(([paragraph, post, signature]) => `${paragraph}\n\n${post}\n\n— ${signature}`).join('\n\n');
	const closing = 'The council will meet again on Thursday to discuss the bus, and the mayor said she would hold a public meeting in the town hall before the end of the month.';
	const text = page('Anger as harbour bridge closure is confirmed', `${opening}\n\n${body}\n\n${closing}`);
	const labels = labelArticle(text);
	for (const [paragraph] of reactions) {
		t.true(kept(text, labels, paragraph), `${paragraph}: ${kindOf(text, labels, paragraph)}`);
	}

	t.true(kept(text, labels, closing), kindOf(text, labels, closing));
});

const article = [
	'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers warned that its steel frame was corroding faster than they had expected.',
	'The bridge, which carries about 12,000 vehicles a day, will stay open to pedestrians and cyclists while the council looks for the money to repair it, a process officials said could take several years.',
	'Shop owners on both sides of the river said they were worried that the closure would keep customers away, and asked the council to run a free bus across the water during the works.',
	'The mayor said the council had no choice but to act on the engineers\' report, and that the safety of the people who use the bridge every day had to come first.',
];
const comments = [
	['Jane Miller', '3 March 2025, 09:14', 'I cross that bridge every morning on my way to work and I have been saying for years that it was not safe, so I am glad the council finally listened.'],
	['Tom Baker', '3 March 2025, 11:02', 'The council should have found the money years ago instead of spending it on the new town hall, which nobody asked for and nobody uses.'],
	['Priya', '4 March 2025, 17:45', 'My shop is right next to the bridge and I have no idea how my customers are going to reach me during the works, nobody from the council has asked us.'],
	['Sam O\'Neill', '5 March 2025, 08:30', 'A free bus across the river is the least they could do, given how long they have known about the rust and how little they have done about it.'],
];

/** The bridge article with `thread` under it, labelled: every line of `removed` is not article text, every paragraph of the article is. */
const threadRemoved = (t: ExecutionContext, thread: string, removed: readonly string[]): void => {
	const text = page('Harbour bridge to close to cars next spring', `${article.join('\n\n')}\n\n${thread}`);
	const labels = labelArticle(text);
	for (const line of removed) {
		t.false(kept(text, labels, line), `${line}: ${kindOf(text, labels, line)}`);
	}

	for (const paragraph of article) {
		t.true(kept(text, labels, paragraph), paragraph);
	}
};

test('a reader-comment thread with its furniture (a count heading, replies, votes, reports) is still removed', (t) => {
	const thread = comments.map(([name, date, comment], k) => `${name}\n\n${date}\n\n${comment}\n\nReply · Report · ${k + 2} likes`).join('\n\n');
	threadRemoved(t, `${comments.length} comments\n\n${thread}`, comments.flatMap(([, date, comment]) => [comment, date]));
});

test('a thread with no heading is known by its replies and votes', (t) => {
	const thread = comments.map(([name, date, comment], k) => `${name}  ${date}\n\n${comment}\n\nReply   ▲ ${k + 3}  ▼ ${k}`).join('\n\n');
	threadRemoved(t, thread, comments.map(([, , comment]) => comment));
});

test('a thread whose headers say who wrote ("Name says:", "writes:") is removed', (t) => {
	const thread = comments.map(([name, date, comment]) => `${name} says:\n\n${date}\n\n${comment}`).join('\n\n');
	threadRemoved(t, thread, comments.map(([, , comment]) => comment));
});

const electionIntro = [
	'Counting is under way across the region after polls closed at ten, and the first results from the smaller districts are expected shortly after midnight.',
	'Turnout was higher than at the last election in most towns, officials said, with long queues outside some polling stations in the city centre in the last hour of voting.',
];
const electionEntries = [
	['Posted at 23:58', 'The first result is in: the northern valley district has re-elected its sitting councillor with a slightly larger majority than four years ago.'],
	['Posted at 23:41', 'Officials in the harbour ward say they will recount two ballot boxes after the seals on one of them were found broken when it arrived at the hall.'],
	['Posted at 23:20', 'Party workers at the count in the old town are cautious, saying the early sample of ballots suggests the result there will be close.'],
	['Posted at 22:55', 'The returning officer has confirmed that turnout in the city reached sixty-one per cent, the highest figure recorded for a local election since 1998.'],
	['Posted at 22:31', 'Ballot boxes from the island polling stations have arrived by boat, an hour later than planned because of fog in the channel.'],
	['Posted at 22:10', 'Counting staff have started sorting the postal votes, which this year make up almost a quarter of all ballots cast in the region.'],
	['Posted at 22:00', 'Polls have now closed. Anyone who was in the queue at a polling station before ten o\'clock is still allowed to vote, officials said.'],
];

// Found by a fresh user: the model reads a block's distance from the densest
// paragraph, and a live blog's last entries, far below a short introduction,
// were dropped as "far from the article".
test('a long live blog keeps its last entries, each under "Posted at HH:MM" with a "Share" line', (t) => {
	const body = electionEntries.map(([header, entry]) => `${header}\n\n${entry}\n\nShare`).join('\n\n');
	const text = page('Local elections: results as they come in', `${electionIntro.join('\n\n')}\n\n${body}`);
	for (const given of [text, rewrap(text, 80)]) {
		const labels = labelArticle(given);
		for (const [header, entry] of electionEntries) {
			const firstLine = rewrap(entry, 80).split('\n')[0];
			t.true(kept(given, labels, given === text ? entry : firstLine), `${entry}: ${kindOf(given, labels, given === text ? entry : firstLine)}`);
			t.true(kept(given, labels, header), `${header}: ${kindOf(given, labels, header)}`);
		}

		t.false(kept(given, labels, 'Share'));
		t.false(kept(given, labels, '• Bakery wins national bread prize'));
	}
});

test('the same entries under a thread heading, with replies, are still a comment thread', (t) => {
	const body = electionEntries.map(([header, entry]) => `Alex ${header}\n\n${entry}\n\nReply`).join('\n\n');
	threadRemoved(t, `${electionEntries.length} comments\n\n${body}`, electionEntries.map(([, entry]) => entry));
});

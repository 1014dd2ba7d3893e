import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {relationOfMeasures, verbatimMinWords, verbatimQuoted, verbatimWhole} from '../../source/compare/relation-rule.js';
import {relationThresholds} from '../../source/compare/relation-thresholds.js';
import type {RelationMeasures} from '../../source/compare/model.js';

// Two different stories (no content word in common).
const harbour = [
	'The city council approved a new budget for the harbour on Tuesday after a long debate about ferry subsidies.',
	'Councillors said the money would pay for a new pier and for dredging the channel before summer.',
	'The opposition argued that the cost had doubled since the plan was first presented to residents.',
	'Fishermen welcomed the decision, saying silt had made the western quay unusable at low tide.',
	'Work on the breakwater is expected to begin in March and last about eighteen months.',
	'A temporary landing stage will serve passengers while the old terminal building is demolished.',
	'The harbour master warned that larger cruise vessels would still have to anchor offshore.',
	'Shopkeepers along the promenade hope the works will bring more visitors back to the waterfront.',
	'An environmental survey found no protected seagrass in the area marked for dredging.',
	'The mayor promised monthly updates on progress and spending at public meetings in the town hall.',
];
const football = [
	'A local football club won the regional championship on Saturday with a late goal from its youngest striker.',
	'Hundreds of supporters gathered in the square to welcome the players when their coach arrived.',
	'The manager thanked volunteers who had kept the club running through a difficult season of injuries.',
	'Her equaliser came from a corner kick, headed in at the far post just before half time.',
	'The goalkeeper saved a penalty midway through the second half to keep the scores level.',
	'Sponsors have promised new kit and floodlights for the ground if promotion is confirmed.',
	'Ticket sales doubled this spring as families returned to the terraces after years of decline.',
	'The youth academy produced six members of the squad that lifted the trophy.',
	'Rivals from the neighbouring valley congratulated the champions in a message posted online.',
	'Celebrations continued late into the night at the clubhouse beside the training pitch.',
];
const consent = [
	'We use cookies and similar technologies to improve your experience on our website and to show you personalised content and advertising.',
	'By clicking accept you agree to the use of cookies as described in our privacy policy, which you can change at any time in the settings.',
];

test('two stories that share only a consent notice are not verbatim copies', t => {
	const left = [...harbour, ...consent].join('\n\n');
	const right = [...football, ...consent].join('\n\n');
	const comparison = compareTexts(left, right);
	t.not(comparison.relation, 'verbatim', `similarity ${comparison.similarity}`);
});

test('an excerpt of most of a story, kept word for word, is verbatim', t => {
	const comparison = compareTexts(harbour.join('\n\n'), harbour.slice(0, 7).join('\n\n'));
	t.is(comparison.relation, 'verbatim');
});

const measures = (share: number, words: number): RelationMeasures => ({
	aligned: {left: share, right: share},
	exact: {left: 1, right: 1},
	vocabulary: share,
	content: share,
	words: [share, share],
	phrases: [share, share],
	pairs: [share, share],
	characters: [share, share],
	runs: [share, share],
	passages: [share, share],
	passageWords: words,
});

test('verbatim needs a passage: a share of one side and a sentence of words in passages', t => {
	t.is(relationOfMeasures(measures(0.9, 200), relationThresholds), 'verbatim');
	// Equal sentences, but too few words to be a passage.
	t.not(relationOfMeasures(measures(0.9, verbatimMinWords - 1), relationThresholds), 'verbatim');
	// Equal sentences, but a small share of either side.
	t.not(relationOfMeasures(measures(0.08, 200), relationThresholds), 'verbatim');
});

test('nearly all of one side in word-for-word passages is verbatim, however its sentences were cut', t => {
	// Spliced from the other's sentences: no sentence equal word for word.
	const spliced = {...measures(1, 200), exact: {left: 0.29, right: 0.29}};
	t.is(relationOfMeasures(spliced, relationThresholds), 'verbatim');
	// A lightly edited copy keeps long runs too, but not nearly all of itself.
	const lightlyEdited = {...measures(verbatimWhole - 0.02, 200), exact: {left: 0.3, right: 0.3}};
	t.is(relationOfMeasures(lightlyEdited, relationThresholds), 'edited');
	// Still a passage, not a stray sentence.
	t.not(relationOfMeasures({...spliced, passageWords: verbatimMinWords - 1}, relationThresholds), 'verbatim');
});

test('an answer spliced from pieces of its source\'s sentences is verbatim', t => {
	// Each answer sentence joins the first half of one harbour sentence to the second half of another:
	// every word lies in a run of 8 or more found in the source, no sentence is equal to a source sentence.
	const halves = harbour.map(sentence => {
		const words = sentence.split(' ');
		const middle = Math.floor(words.length / 2);
		return [words.slice(0, middle).join(' '), words.slice(middle).join(' ')];
	});
	const answer = [0, 2, 4, 6, 8].map(k => `${halves[k]![0]} ${halves[k + 1]![1]}`).join(' ');
	const comparison = compareTexts(harbour.join(' '), answer);
	t.is(comparison.relation, 'verbatim', JSON.stringify(comparison.measures));
});

test('the rewritten rung reads character 5-grams, not word pairs: words kept but spaced differently are still kept', t => {
	// Little of either side in shared word pairs (another spacing breaks them), most in shared character 5-grams.
	const spacedOtherwise = {...measures(0.3, 0), passages: [0, 0] as [number, number], runs: [0, 0] as [number, number], pairs: [0.02, 0.02] as [number, number], characters: [0.3, 0.3] as [number, number]};
	t.is(relationOfMeasures(spacedOtherwise, relationThresholds), 'rewritten');
	t.is(relationOfMeasures({...spacedOtherwise, characters: [0.02, 0.3]}, relationThresholds), 'related');
});

test('shared five-word runs over sentences that keep almost nothing are no edited copy (a relation stronger than related needs shared text)', t => {
	// As a pair of independently written Urdu reports measures: 69% of the shorter one in runs of
	// common five-word phrases found in the other, but only 10% of its content kept in paired sentences.
	const measures: RelationMeasures = {
		aligned: {left: 0.13, right: 0.14},
		exact: {left: 0, right: 0},
		vocabulary: 0.78,
		words: [0.82, 0.3],
		phrases: [0.56, 0.17],
		pairs: [0.66, 0.21],
		characters: [0.67, 0.23],
		runs: [0.69, 0.21],
		passages: [0.69, 0.16],
		passageWords: 31,
		kept: [0.09, 0.03],
	};
	t.is(relationOfMeasures(measures, relationThresholds), 'related');
	// The same runs where that side's content is kept in its paired sentences: edited.
	t.is(relationOfMeasures({...measures, kept: [0.6, 0.2]}, relationThresholds), 'edited');
	// Kept phrasing means as much of that side kept in its paired sentences as lies in its runs:
	// a sixth kept is not enough (the fitted floor, editedKept 0.24, is above the runs threshold, 0.2).
	t.is(relationOfMeasures({...measures, kept: [0.17, 0.03]}, relationThresholds), 'related');
});

test('runs of a fifth of each side with a fifth of its content kept are two reports of one event, not an edited copy', t => {
	// As COUNTER pair 0462 (two Urdu reports written independently, gold non-derived) measures:
	// a fifth of each side in shared five-word runs and a fifth of each side's content kept in
	// paired sentences. Kept phrasing needs more than its runs' share kept (editedKept).
	const measures: RelationMeasures = {
		aligned: {left: 0.82, right: 0.8},
		exact: {left: 0, right: 0},
		vocabulary: 0.52,
		words: [0.58, 0.5],
		phrases: [0.17, 0.17],
		pairs: [0.31, 0.3],
		characters: [0.36, 0.37],
		runs: [0.21, 0.18],
		passages: [0.09, 0.08],
		passageWords: 25,
		kept: [0.19, 0.2],
	};
	t.is(relationOfMeasures(measures, relationThresholds), 'related');
	t.true(relationThresholds.editedKept > relationThresholds.editedRuns, 'the floor is above the runs threshold');
	// Kept at the runs' share and more: the phrasing is kept in the sentences that pair, an edited copy.
	t.is(relationOfMeasures({...measures, kept: [0.3, 0.2]}, relationThresholds), 'edited');
});

test('rewritten needs the same subject: character 5-grams shared by two stories with no content words in common are no reworded copy', t => {
	// As two unrelated three-sentence reports that share only "…on Monday night, the police said":
	// 13–14% of their character 5-grams, a few content words, no sentence paired (the test below measures
	// those texts: vocabulary 0.27 through function words, content 0.10).
	const phraseOnly = {...measures(0.3, 0), passages: [0, 0] as [number, number], runs: [0.18, 0.18] as [number, number], words: [0.07, 0.07] as [number, number], vocabulary: 0.27, content: 0.1, characters: [0.14, 0.13] as [number, number], aligned: {left: 0, right: 0}};
	t.is(relationOfMeasures(phraseOnly, relationThresholds), 'unrelated');
	// The same characters with the vocabulary of one subject (as partially derived COUNTER pairs whose sentences the aligner does not pair): rewritten.
	t.is(relationOfMeasures({...phraseOnly, words: [0.44, 0.18], vocabulary: 0.35, content: 0.3}, relationThresholds), 'rewritten');
});

test('related needs shared content words, not a vocabulary shared through function words', t => {
	// As Clough & Stevenson's answer on one topic against the source of another (gold unrelated):
	// over a quarter of the weighted vocabulary shared ("the", "is", "which" weigh in three-sentence
	// texts), a tenth of the content vocabulary.
	const otherTopic = {...measures(0.05, 0), passages: [0, 0] as [number, number], runs: [0, 0] as [number, number], characters: [0.04, 0.04] as [number, number], words: [0.06, 0.06] as [number, number], vocabulary: 0.28, content: 0.1};
	t.is(relationOfMeasures(otherTopic, relationThresholds), 'unrelated');
	// An answer written on the same topic without the source: the content words are shared too.
	t.is(relationOfMeasures({...otherTopic, words: [0.25, 0.2], content: 0.22}, relationThresholds), 'related');
	// As two agency stories of one country on different events: a sixth of the content vocabulary
	// (its news words), a fifth of the weighted vocabulary: unrelated.
	t.is(relationOfMeasures({...otherTopic, vocabulary: 0.19, content: 0.17}, relationThresholds), 'unrelated');
});

test('two unrelated short reports sharing only "on Monday night, the police said" are unrelated, whatever their layout', t => {
	const fire = ['A fire broke out at a warehouse in the industrial district of Leeds, destroying stock worth thousands.', 'Firefighters fought the blaze for six hours on Monday night, the police said.', 'No one was injured.'];
	const thefts = ['Two teenagers were arrested after a string of bicycle thefts near the university campus in Bristol.', 'The suspects were detained on Monday night, the police said.', 'They were released on bail pending inquiries.'];
	for (const join of [' ', '\n', '\n\n']) {
		const comparison = compareTexts(fire.join(join), thefts.join(join));
		t.is(comparison.relation, 'unrelated', JSON.stringify(join));
		t.deepEqual(comparison.rows.filter(row => row.left && row.right), [], JSON.stringify(join));
	}
});

test('a round-up quoting two sentences of a story word for word, none reworded, is verbatim against it', t => {
	const fire = [
		'A fire broke out at a warehouse in the industrial district of Leeds on Tuesday, destroying stock worth thousands of pounds.',
		'Firefighters fought the blaze for six hours before it was brought under control.',
		'The owner said the building had been inspected only last month.',
		'An investigation into the cause is under way, West Yorkshire Fire Service said.',
		'Nearby residents were told to keep windows closed because of the smoke.',
		'Traffic on the ring road was diverted for most of the afternoon.',
	];
	const roundUp = [
		'News roundup for the week.',
		fire.slice(0, 2).join(' '),
		'The city council approved a new budget of 2.3 billion pounds on Wednesday after a heated six-hour debate. The plan raises council tax by 4.9 percent and cuts funding for libraries.',
		'Scientists at the University of Bristol have discovered a new species of beetle in a Costa Rican rainforest. The insect, which measures just two millimetres, was found living inside the leaves of a rare orchid.',
	].join('\n\n');
	t.is(compareTexts(fire.join(' '), roundUp).relation, 'verbatim');
	// One of the quoted sentences reworded: no longer quoted whole.
	t.not(compareTexts(fire.join(' '), roundUp.replace('before it was brought under control', 'until it was finally put out')).relation, 'verbatim');
});

test('whole sentences quoted make verbatim only from a third of one side (verbatimQuoted)', t => {
	const quoted = {...measures(0.4, 40), exact: {left: 1, right: 1}, runs: [0.4, 0.3] as [number, number], passages: [verbatimQuoted, 0.25] as [number, number]};
	t.is(relationOfMeasures(quoted, relationThresholds), 'verbatim');
	t.not(relationOfMeasures({...quoted, passages: [0.3, 0.25]}, relationThresholds), 'verbatim');
	t.not(relationOfMeasures({...quoted, exact: {left: 1, right: 0.9}}, relationThresholds), 'verbatim');
});

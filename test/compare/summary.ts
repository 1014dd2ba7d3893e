import {readdirSync, readFileSync} from 'node:fs';
import test from 'ava';
import fc from 'fast-check';
import {compareTexts} from '../../source/compare/compare.js';
import {relationThresholds} from '../../source/compare/relation-thresholds.js';
import {characterGram, characterSample} from '../../source/compare/summary.js';

const runs = Number(process.env.FUZZ_RUNS ?? 100);
const characters = (left: string, right: string) => compareTexts(left, right).measures!.characters;

test('character 5-grams do not see where the writer put spaces', t => {
	// Urdu writes compounds and verb forms with or without a space ("ورلڈکپ" / "ورلڈ کپ", "دیدی" / "دے دی").
	const agency = 'بلائنڈ کرکٹ ورلڈ کپ میں پاکستان نے بنگلہ دیش کو نو وکٹوں سے شکست دے دی۔';
	const paper = 'بلائنڈ کرکٹ ورلڈکپ میں پاکستان نے بنگلہ دیش کو نو وکٹوں سے شکست دےدی۔';
	t.deepEqual(characters(agency, paper), [1, 1]);
	const measures = compareTexts(agency, paper).measures!;
	t.true(Math.min(...measures.pairs) < 0.9, `word pairs ${JSON.stringify(measures.pairs)}`);
	t.deepEqual(characters('The world cup final was played on Sunday.', 'The worldcup final was played on Sunday.'), [1, 1]);
});

test('two different stories share few character 5-grams: below the rewritten rung', t => {
	const harbour = 'The city council approved a new budget for the harbour on Tuesday after a long debate about ferry subsidies. Councillors said the money would pay for a new pier and for dredging the channel before summer.';
	const football = 'A local football club won the regional championship on Saturday with a late goal from its youngest striker. Hundreds of supporters gathered in the square to welcome the players when their coach arrived.';
	const shares = characters(harbour, football);
	t.true(Math.min(...shares) < relationThresholds.rewrittenCharacters, JSON.stringify(shares));
});

test('character containment is a share on each side, mirrored when the sides swap, and whole for the same text', t => {
	const words = fc.constantFrom('the', 'council', 'voted', 'harbour', 'ferry', 'said', 'Москва', 'заявила', 'کرکٹ', 'میں', '中国政府', '8', '2024');
	const text = fc.array(words, {minLength: 1, maxLength: 40}).map(list => `${list.join(' ')}.`);
	fc.assert(
		fc.property(text, text, (left, right) => {
			const [a, b] = characters(left, right);
			const [c, d] = characters(right, left);
			return a >= 0 && a <= 1 && b >= 0 && b <= 1 && Math.abs(a - d) < 1e-12 && Math.abs(b - c) < 1e-12;
		}),
		{numRuns: runs},
	);
	t.deepEqual(characters('Ferries resumed on Monday.', 'Ferries resumed on Monday.'), [1, 1]);
});

test('long texts sample their character 5-grams by hash, and the containment stays within 0.02 of the full count', t => {
	// Two 8,000-word texts (over characterSample characters each), the second with a third of its words replaced.
	let seed = 7;
	const random = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	const word = () => Array.from({length: 3 + Math.floor(random() * 5)}, () => letters[Math.floor(random() * letters.length)]).join('');
	// A vocabulary of 1,500 words, as a story repeats its words.
	const vocabulary = Array.from({length: 1500}, word);
	const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
	const words = Array.from({length: 8000}, pick);
	const edited = words.map(item => (random() < 1 / 3 ? pick() : item));
	const text = (list: string[]) => list.map((item, k) => (k % 12 === 11 ? `${item}.` : item)).join(' ');
	const exact = (a: string[], b: string[]) => {
		const grams = (list: string[]) => {
			const joined = list.join('');
			return new Set(Array.from({length: joined.length - characterGram + 1}, (_, k) => joined.slice(k, k + characterGram)));
		};
		const [x, y] = [grams(a), grams(b)];
		const shared = [...x].filter(gram => y.has(gram)).length;
		return [shared / x.size, shared / y.size];
	};
	t.true(words.join('').length > characterSample);
	const estimated = characters(text(words), text(edited));
	const counted = exact(words, edited);
	t.true(Math.abs(estimated[0] - counted[0]!) < 0.02 && Math.abs(estimated[1] - counted[1]!) < 0.02, `${JSON.stringify(estimated)} vs ${JSON.stringify(counted)}`);
});

test('without measures (diff, verdicts) a comparison is the same, relation included, whichever rung of the ladder decides it', t => {
	const read = (folder: string, name: string) => readFileSync(new URL(`../../${folder}/${name}`, import.meta.url), 'utf8');
	const texts = [
		...readdirSync(new URL('../../corpus/', import.meta.url)).filter(name => name.endsWith('.txt')).map(name => read('corpus', name)),
		...readdirSync(new URL('../fixtures/compare/', import.meta.url)).map(name => read('test/fixtures/compare', name)),
	];
	const relations = new Set<string>();
	for (const [a, left] of texts.entries()) {
		for (const [b, right] of texts.entries()) {
			if (b < a - 1 || b > a + 6) continue;
			const {measures, ...whole} = compareTexts(left, right);
			const lean = compareTexts(left, right, {measures: false});
			t.true(measures !== undefined);
			t.false('measures' in lean);
			t.deepEqual(lean, whole);
			relations.add(whole.relation);
		}
	}
	// Rungs above and below the ones that read the measures made on demand.
	t.true(relations.has('identical') && relations.has('edited') && relations.has('unrelated'), [...relations].join(', '));
	t.true(relations.has('rewritten') || relations.has('related'), [...relations].join(', '));
});

test('the vocabulary measures read the body as compared: the chrome two pages print, weighed as tentative lines and then left out, is no shared subject', t => {
	// Two pages of one ministry's site (hand-written): different notices under the same menu, printed after each article.
	// The menu lines are tentative (boilerplate by their place), so they are weighed with the body; pairing word for word
	// with each other, they are the site's chrome and leave it (compare.ts settleTentative). Before, their words still
	// counted in `vocabulary` and `content`, and the pair was `related` at similarity 0.
	const menu = [
		'Bundesministerium für Verkehr und digitale Infrastruktur: Presse, Mediathek und Publikationen',
		'Ministerium, Aufgaben und Struktur, Ausschreibungen, Stellenangebote und Ausbildung',
		'Förderprogramme für Kommunen, Länder und Unternehmen im Überblick',
		'Kontakt, Bürgerservice, Barrierefreiheit, Gebärdensprache und Leichte Sprache',
		'Datenschutzerklärung, Impressum, Nutzungsbedingungen und Hinweise zur Barrierefreiheit',
	].join('\n');
	const bridge = 'Die Autobahnbrücke bei Lüdenscheid wird im Mai gesprengt. Der Neubau soll in fünf Jahren fertig sein, teilte die Autobahngesellschaft mit.';
	const rail = 'Zwischen Hamburg und Berlin fahren ab Dezember mehr Fernzüge. Die Bahn setzt dafür zusätzliche Doppelstockwagen ein.';
	const page = (article: string) => `${article}\n\n${menu}\n`;
	const [left, right] = [page(bridge), page(rail)];
	const menuSpans = (text: string) => {
		const spans: Array<{span: {start: number; end: number}; label: 'boilerplate'; reason: string}> = [];
		let at = text.indexOf(menu);
		for (const line of menu.split('\n')) {
			spans.push({span: {start: at, end: at + line.length}, label: 'boilerplate', reason: 'after the article'});
			at += line.length + 1;
		}

		return spans;
	};

	const comparison = compareTexts(left, right, {tentative: {left: menuSpans(left), right: menuSpans(right)}});
	const measures = comparison.measures!;
	t.is(comparison.similarity, 0);
	t.is(comparison.relation, 'unrelated', JSON.stringify({vocabulary: measures.vocabulary, content: measures.content}));
	t.true(measures.vocabulary < relationThresholds.relatedVocabulary, `${measures.vocabulary}`);
	// The menu lines are left out as the site's chrome either way.
	t.true(comparison.rows.filter(row => row.kind === 'boilerplate').length >= 10);
});

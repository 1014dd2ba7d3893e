import {isDeepStrictEqual} from 'node:util';
import test from 'ava';
import {brill} from 'brill';
import {englishPluralNouns} from '../../source/compare/english-plural-nouns.js';
import {englishPluralNounCandidates} from '../../scripts/english-plural-nouns-rule.js';
import fc from 'fast-check';
import {changedFacts, factsOf, mentions} from '../../source/compare/facts.js';
import {compareTexts} from '../../source/compare/compare.js';
import {compareArticles} from '../../source/compare/compare-articles.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import type {AnalyzedArticle} from '../../source/corpus/article.js';
import {figureValue, figuresOf, slashOrderOf} from '../../source/compare/figures.js';
import type {Row} from '../../source/compare/model.js';
import {sentenceFacts as articleFacts} from '../helpers/sentence-facts.js';

test('numbers, dates, names and quotations are found in a sentence', t => {
	const found = factsOf('On Tuesday, Acme Mining said 21 workers were killed and profit fell 4.5% in 2023: "We are devastated," said Jane Doe.');
	const of = (kind: string) => found.filter(item => item.kind === kind).map(item => item.text);
	t.deepEqual(of('number'), ['21', '4.5%']);
	t.deepEqual(of('date').sort(), ['2023', 'Tuesday']);
	t.true(of('name').includes('Acme Mining'));
	t.true(of('name').includes('Jane Doe'));
	t.deepEqual(of('quote'), ['We are devastated,']);
});

test('a sentence\'s first word alone is not a name', t => {
	t.deepEqual(factsOf('Rescuers worked through the night.').filter(item => item.kind === 'name'), []);
});

const story = (killed: string, day: string, quote: string) =>
	`A bus carrying pilgrims overturned near Kandy on ${day}, and ${killed} people were killed, officials of the Central Province said.\n\nThe driver lost control on a steep bend of the mountain road, a police spokesman told reporters at the scene.\n\n"${quote}," the provincial governor said in a statement.`;

test('a copy that changes a figure lists it and is at most edited', t => {
	const left = story('21', 'Tuesday', 'We mourn with the families');
	const right = story('12', 'Wednesday', 'We grieve with the families');
	const result = compareTexts(left, right);
	const facts = result.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`);
	t.true(facts.includes('number:21→12'), facts.join(' '));
	t.true(facts.includes('date:Tuesday→Wednesday'), facts.join(' '));
	t.true(facts.some(fact => fact.startsWith('quote:')), facts.join(' '));
	t.false(['identical', 'verbatim'].includes(result.relation), result.relation);
	// Each fact names its row, and that row pairs both sides.
	for (const fact of result.facts!) t.truthy(result.rows[fact.row]!.left && result.rows[fact.row]!.right);
});

test('changedFacts ignores unchanged and equal rows', t => {
	const text = 'Acme said 21 were killed.';
	t.deepEqual(changedFacts(text, text, [{kind: 'same', left: {start: 0, end: text.length}, right: {start: 0, end: text.length}, similarity: 1, ops: []}]), []);
});

const earnings = (company: string, city: string, revenue: string, profit: string, chief: string) =>
	`${company} reported quarterly revenue of $${revenue} million on Thursday, the ${city}-based company said in a statement.\n\nNet profit rose to $${profit} million, or ${profit.slice(0, 1)} cents a share, beating analysts' forecasts.\n\n${chief}, the chief executive of ${company}, said demand had stayed strong in every region.\n\nShares of ${company} rose in after-hours trading in New York.`;

test('two stories from one template, with other names and figures, are related at most', t => {
	const left = earnings('Norland Foods', 'Oslo', '412', '38', 'Kari Berg');
	const right = earnings('Vesta Chemicals', 'Lyon', '965', '71', 'Paul Martin');
	const result = compareTexts(left, right);
	t.true(['related', 'unrelated'].includes(result.relation), result.relation);
});

test('a name still written on the other side is not a changed fact (a sentence\'s first word there, or fewer mentions)', t => {
	// The copy opens with a new clause, so the original's first word ("Islamist-led") moves inside the
	// sentence, and one of the original's two mentions of "Syria" is dropped: neither name changed.
	const left = 'Islamist-led rebels in Syria announced they had seized Damascus, ending five decades of Baath rule in Syria.';
	const right = 'The Kremlin was silent as Islamist-led rebels announced they had seized Damascus, ending five decades of Baath rule in Syria.';
	const row: Row = {kind: 'changed', left: {start: 0, end: left.length}, right: {start: 0, end: right.length}, similarity: 0.8, ops: [], rewritten: true};
	const facts = changedFacts(left, right, [row]).map(fact => `${fact.kind}:${fact.left}→${fact.right}`);
	t.deepEqual(facts, ['name:null→Kremlin']);
});

/** What `mentions` replaced: the name as whole words, in one case-insensitive Unicode pattern. */
const mentionsByPattern = (span: string, name: string): boolean => {
	span = span.normalize('NFC');
	const words = name.normalize('NFC').split(' ').map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${words.join('\\.?\\s+')}(?![\\p{L}\\p{M}\\p{N}])`, 'iu').test(span);
};

// Letters with case quirks (long s, Kelvin sign, sharp s, dotted I, final sigma), an astral letter and digit,
// marks, digits, circled letters (case but no letter), lone surrogates, several spaces.
const tricky = ['a', 'A', 's', 'S', 'ſ', 'k', 'K', '\u212a', 'ß', 'ẞ', 'i', 'İ', 'ı', 'σ', 'ς', 'Σ', '𐐀', '𐐨', '𝟙', '\u0301', '\u0345', 'ι', '1', '٣', 'Ⓐ', 'ⓐ', '\ud800', '\udc00', ' ', '\u00a0', '\t', '\n', '.', '-', "'", '"'];

test('mentions says what the whole-word pattern says, on names and spans of awkward characters', t => {
	const name = fc.array(fc.array(fc.constantFrom(...tricky.filter(character => /^[\p{L}\p{M}]$/u.test(character))), {minLength: 1, maxLength: 3}).map(letters => letters.join('')), {minLength: 1, maxLength: 3}).map(words => words.join(' '));
	const span = fc.array(fc.constantFrom(...tricky), {maxLength: 16}).map(characters => characters.join(''));
	fc.assert(
		fc.property(name, span, span, fc.boolean(), (name, before, after, insert) => {
			// Often with the name inside, its spaces sometimes widened, so that matches happen.
			const text = insert ? `${before}${name.replaceAll(' ', before.length % 2 ? ' \t' : ' ')}${after}` : `${before}${after}`;
			return mentions(text, name) === mentionsByPattern(text, name);
		}),
		{numRuns: 3000},
	);
	// And on the cases worth naming.
	for (const [text, name] of [['Mr Assad said', 'assad'], ['Assadi said', 'Assad'], ['the 2Assad', 'Assad'], ['ſam and Sam', 'SAM'], ['\u212aelvin', 'kelvin'], ['𐐨𐐀 x', '𐐀𐐀'], ['x𐐀Ab', 'ab'], ['Bashar  al-Assad', 'bashar al-Assad']] as const) {
		t.is(mentions(text, name), mentionsByPattern(text, name), `${text} / ${name}`);
	}
	t.true(mentions('Mr Assad said', 'assad'));
	t.false(mentions('Assadi said', 'Assad'));
});

test('two names that merely sit in one edited sentence are one dropped and one added, not one changed into the other', t => {
	// The copy drops "Baath" in one place and adds "The Kremlin" in another: the word diff does not put one in the other's place.
	const left = 'Rebels announced they had seized Damascus, ending five decades of Baath rule in the country, and the army withdrew from the city.';
	const right = 'The Kremlin watched as rebels announced they had seized Damascus, ending five decades of rule in the country, and the army withdrew from the city.';
	const result = compareTexts(left, right);
	const facts = result.facts!.filter(fact => fact.kind === 'name').map(fact => `${fact.left}→${fact.right}`);
	t.false(facts.includes('Baath→Kremlin'), facts.join(' '));
	t.deepEqual(facts.sort(), ['Baath→null', 'null→Kremlin'], facts.join(' '));
});

test('a name replaced in its place in an otherwise aligned sentence is a changed name', t => {
	const left = 'Kari Berg, the chief executive, said demand had stayed strong in every region this quarter.';
	const right = 'Paul Martin, the chief executive, said demand had stayed strong in every region this quarter.';
	const facts = compareTexts(left, right).facts!.filter(fact => fact.kind === 'name').map(fact => `${fact.left}→${fact.right}`);
	t.deepEqual(facts, ['Kari Berg→Paul Martin']);
});

test('names in a rewritten pair (no word alignment) are never paired with each other', t => {
	const left = 'Officials of the Baath party fled to the coast.';
	const right = 'The Kremlin offered asylum to the family.';
	const row: Row = {kind: 'changed', left: {start: 0, end: left.length}, right: {start: 0, end: right.length}, similarity: 0.3, ops: [], rewritten: true};
	const facts = changedFacts(left, right, [row]).filter(fact => fact.kind === 'name').map(fact => `${fact.left}→${fact.right}`);
	t.deepEqual(facts.sort(), ['Baath→null', 'null→Kremlin']);
});

test('a capital at the start of a sentence makes no name: after a word\'s own full stop, and a function word opening a run is left out', t => {
	const names = (text: string) => factsOf(text).filter(item => item.kind === 'name').map(item => item.text);
	t.deepEqual(names('He left the country. This announcement follows.'), []);
	t.deepEqual(names('It was "to ensure the safety." If Moscow wants it, it acts.'), ['Moscow']);
	t.deepEqual(names('The Kremlin said so. Talks between B. Assad and Putin went on.'), ['Kremlin', 'B Assad', 'Putin']);
	const found = factsOf('Moscow wants it. If Moscow wants it.').filter(item => item.kind === 'name');
	t.deepEqual(found.map(item => 'Moscow wants it. If Moscow wants it.'.slice(item.start, item.end)), ['Moscow']);
});

test('a name or date gone from one sentence but written elsewhere in the other copy is no changed fact; one the other copy lacks is', t => {
	const left = 'Officials in Moscow met on Sunday with Dmitry Peskov. Rebels seized the city.';
	const right = 'Officials met with the spokesman. Rebels seized the city on Sunday, Moscow said.';
	const row: Row = {kind: 'changed', left: {start: 0, end: 52}, right: {start: 0, end: 33}, similarity: 0.5, ops: [], rewritten: true};
	const facts = changedFacts(left, right, [row]).map(fact => `${fact.kind}:${fact.left}→${fact.right}`);
	t.deepEqual(facts, ['name:Dmitry Peskov→null']);
});

const weather = (temperature: string, index: string) =>
	`Weather report today\n\nThe temperature in Oslo on Monday morning was ${temperature} according to the national weather institute.\n\nThe index changed by ${index} over the week, the statistics office in Oslo said on Friday.\n`;
const figureFacts = (left: string, right: string) => {
	const result = compareTexts(left, right);
	return {relation: result.relation, facts: result.facts!.filter(fact => fact.kind === 'number').map(fact => `${fact.left}→${fact.right}`)};
};

test('a figure whose sign, currency, unit or scale changes beside equal digits is a changed figure, and the copy at most edited', t => {
	const flipped = figureFacts(weather('-5 °C', '-3.2%'), weather('5 °C', '+3.2%'));
	t.deepEqual(flipped.facts, ['-5 °C→5 °C', '-3.2%→+3.2%']);
	t.is(flipped.relation, 'edited');
	t.deepEqual(figureFacts(weather('$4.5 million', '2%'), weather('$4.5 billion', '2%')).facts, ['$4.5 million→$4.5 billion']);
	t.deepEqual(figureFacts(weather('£1.2m', '2%'), weather('£1.2bn', '2%')).facts, ['£1.2m→£1.2bn']);
	t.deepEqual(figureFacts(weather('4.5 million dollars', '2%'), weather('4.5 million euros', '2%')).facts, ['4.5 million dollars→4.5 million euros']);
	t.deepEqual(figureFacts(weather('-5 °C', '2%'), weather('-5 °C', '2%')).facts, []);
	t.is(figureFacts(weather('-5 °C', '2%'), weather('-5 °C', '2%')).relation, 'identical');
});

test('a hard wrap between a figure and its unit, after a trailing space (fold -s, format=flowed), is the same figure', t => {
	const line = 'The company earned $4.5 million last year, and its shares rose 5 % on Tuesday, March 3, in New York trading at 9:30 a.m. for the first time. Savings reach 32 percent for dried beans.';
	const wrapped = 'The company earned $4.5 \nmillion last year, and its shares rose 5 \n% on Tuesday, March \n3, in New York trading at 9:30 \na.m. for the first time. Savings reach 32 \npercent for dried beans.';
	const result = compareTexts(`Markets\n\n${line}\n`, `Markets\n\n${wrapped}\n`);
	t.deepEqual(result.facts, []);
	t.is(result.relation, 'identical');
	// Read alone, the wrapped figures keep their units, shown on one line.
	t.deepEqual(figuresOf(wrapped).map(found => found.text), ['$4.5 million', '5 %', 'March 3', '9:30 a.m.', '32 percent']);
	// A line break with no figure's unit after it stays out of the figure; a blank line (a new paragraph) is no wrap.
	t.deepEqual(figuresOf('up 32 \nto 40').map(found => found.text), ['32', '40']);
	t.deepEqual(figuresOf('up 32\n\npercent').map(found => found.text), ['32']);
});

test('names and quotations are compared as a reader would: possessives, apostrophes, dots, a grown name, a unit letter and a quotation\'s end stop aside', t => {
	const names = (text: string) => factsOf(text).filter(item => item.kind === 'name').map(item => item.key);
	t.deepEqual(names('Talks in Syria\'s capital and Syria’s north.'), ['syria', 'syria']);
	t.deepEqual(names('It was -5 °C at the U.N. office.'), ['un']);
	t.deepEqual(names('Decades of Baath rule and of Ba’ath rule.'), ['baath', 'baath']);
	t.deepEqual(names('Senator Konstantin Kosachev. "If the talks fail, we act."'), ['senator konstantin kosachev']);
	t.deepEqual(factsOf('On March 5, 2024 and on 8 December the plant shut.').filter(item => item.kind !== 'name').map(item => `${item.kind}:${item.text}`), ['date:March 5, 2024', 'date:8 December']);
	const left = 'The envoy Geir Pedersen called it a "terrorist organization" in Geneva on Monday.';
	const right = 'The envoy Geir O Pedersen called it a "terrorist organization." in Geneva on Monday.';
	const row: Row = {kind: 'changed', left: {start: 0, end: left.length}, right: {start: 0, end: right.length}, similarity: 0.9, ops: [], rewritten: true};
	t.deepEqual(changedFacts(left, right, [row]), []);
});

test('one value written with other group and decimal separators is no changed figure; a figure that reads two ways is compared as written', t => {
	const changed = (a: string, b: string) => {
		const left = `The index closed at ${a} points on Friday, traders said.`;
		const right = `The index closed at ${b} points on Friday, traders said.`;
		return compareTexts(left, right).facts!.filter(fact => fact.kind === 'number').map(fact => `${fact.left}→${fact.right}`);
	};
	t.deepEqual(changed('8.847,60', '8847,6'), []);
	t.deepEqual(changed('8,847.60', '8.847,6'), []);
	t.deepEqual(changed('1.5', '1,5'), []);
	t.deepEqual(changed('$1,500.25', '$1.500,25'), []);
	// "1,234" is 1234 or 1.234, "1.500" 1.5 or 1500: read as English writes them here (1234, 1.5), the change stays.
	t.deepEqual(changed('1,234', '1.234'), ['1,234→1.234']);
	t.deepEqual(changed('1,500', '1.500'), ['1,500→1.500']);
	// In English "1,234" is 1234 (breaker9 F14).
	t.deepEqual(changed('1,234', '1234'), []);
	t.deepEqual(changed('8.847,60', '8847,7'), ['8.847,60→8847,7']);
	t.deepEqual(changed('8.847,60', '$8847,6'), ['8.847,60→$8847,6']);
});

test('figureValue never equates two different numbers, and one number written in either convention reads as one value when it reads one way', t => {
	const english = new Intl.NumberFormat('en-US', {maximumFractionDigits: 3});
	const continental = new Intl.NumberFormat('de-DE', {maximumFractionDigits: 3});
	const number = fc.integer({min: 0, max: 10_000_000_000}).map(n => n / 1000);
	const formats = [english, continental, new Intl.NumberFormat('en-US', {useGrouping: false, maximumFractionDigits: 3}), new Intl.NumberFormat('de-DE', {useGrouping: false, maximumFractionDigits: 3})];
	fc.assert(
		fc.property(number, number, fc.constantFrom(...formats), fc.constantFrom(...formats), (a, b, first, second) => {
			const x = figureValue(first.format(a));
			const y = figureValue(second.format(b));
			if (x !== undefined && x === y && a !== b) return false;
			// A value found is the number's own.
			if (x !== undefined && Number(x) !== a) return false;
			return true;
		}),
		{numRuns: 3000},
	);
	t.is(figureValue('8.847,60'), '8847.6');
	t.is(figureValue('1,234'), undefined);
	t.is(figureValue('10:30'), undefined);
});

test('a bare number (digits alone, leading zeros too) keys as its value, whatever its length, as a number and in the grouping', t => {
	fc.assert(
		fc.property(fc.stringMatching(/^\d{1,40}$/), fc.constantFrom('', '$', '-'), (digits, before) => {
			const value = BigInt(digits).toString();
			if (figureValue(digits) !== value) return false;
			const [figure] = figuresOf(`The figure was ${before}${digits} in all.`).filter(found => found.kind === 'number' || found.text.endsWith(digits));
			// A bare number keys as "=value"; a sign keeps its mark before it, a currency its key (figure-units.ts: "$" alone is "dollar").
			return figure === undefined || figure.key === `${before === '$' ? 'dollar' : before}=${value}`;
		}),
		{numRuns: 2000},
	);
	t.is(figuresOf('In 007 cases.')[0]?.key, '=7');
});

test('a title-case headline is no evidence of names; a word written as a name in running text still is one there', t => {
	const names = (text: string, named?: (word: string) => boolean) => factsOf(text, 'en', named).filter(item => item.kind === 'name').map(item => item.text);
	t.deepEqual(names('The Downfall Of A Dynasty'), []);
	t.deepEqual(names('The Downfall of a Dynasty\n\nThe family ruled the valley for a century.'), []);
	t.deepEqual(names('Inside The Downfall Of A Dynasty, And What Comes Next'), []);
	// Running text keeps its names.
	t.deepEqual(names('The court heard that Kari Berg met the Norland Foods board.'), ['Kari Berg', 'Norland Foods']);
	// In a headline, a word the texts write as a name elsewhere is one.
	t.deepEqual(names('Why Erdogan Met The Press', word => word === 'erdogan'), ['Erdogan']);
	// Two copies whose title-case headlines differ change no names; a name replaced in a headline and written in the body does.
	const body = '\n\nThe family ruled the valley for a century, its last heir told Kari Berg of the local paper.';
	const result = compareTexts(`The Downfall Of A Dynasty${body}`, `The Rise And Fall Of A Dynasty${body}`);
	t.deepEqual(result.facts!.filter(fact => fact.kind === 'name'), []);
	const renamed = compareTexts(`Kari Berg Reports On A Dynasty${body}`, `Paul Martin Reports On A Dynasty${body.replace('Kari Berg', 'Paul Martin')}`);
	t.true(renamed.facts!.some(fact => fact.kind === 'name' && fact.left === 'Kari Berg'), JSON.stringify(renamed.facts));
});

/** A short wire story (five paragraphs), with its figures, day, spokesman and quoted word given. */
const wire = (dead: string, day: string, spokesman: string, word: string, exports: string) =>
	`Ferry capsizes off Chittagong, ${dead} feared dead\n\nCHITTAGONG, May 14 (AP) - A passenger ferry capsized in the Karnaphuli river near Chittagong on ${day}, leaving ${dead} people feared dead and 35 missing, the coast guard said.\n\nThe ferry left the city shortly after 7:15 a.m. with more than 200 passengers on board, twice its licensed load, officials said.\n\n"The boat was ${word} before it left the jetty," said ${spokesman}, a spokesman for the coast guard.\n\nRiver transport carries goods worth about $${exports} a year, and more than 900 people have died in ferry accidents since 2015.`;

test('a doctored copy of a short story (a few figures, the day, the spokesman changed; the rest kept) is edited, not a template\'s other story', t => {
	const left = wire('18', 'Sunday', 'Nurul Islam', 'overloaded', '4 billion');
	const right = wire('81', 'Monday', 'Kamal Hossain', 'overcrowded', '4 million');
	const result = compareTexts(left, right);
	t.true(result.facts!.length >= 4, JSON.stringify(result.facts));
	t.is(result.relation, 'edited');
});

const factsBetween = (left: string, right: string) => compareTexts(left, right).facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`);

test('a clock time changed between a.m. and p.m. is a changed date', t => {
	const base = wire('18', 'Sunday', 'Nurul Islam', 'overloaded', '4 billion');
	t.deepEqual(factsBetween(base, base.replace('7:15 a.m.', '7:15 p.m.')), ['date:7:15 a.m.→7:15 p.m.']);
	t.deepEqual(factsBetween(base, base.replace('7:15 a.m.', '7:15 am')), []);
});

test('one value written with another scale word is no changed figure; another value is', t => {
	const base = wire('18', 'Sunday', 'Nurul Islam', 'overloaded', '4 billion');
	for (const same of ['4bn', '4 bn', '4000 million', '4000m']) t.deepEqual(factsBetween(base, base.replace('$4 billion', `$${same}`)), [], same);
	t.deepEqual(factsBetween(base, base.replace('$4 billion', '$4m')), ['number:$4 billion a year→$4m a year']);
	const key = (text: string) => figuresOf(text, 'de')[0]!.key;
	t.is(key('3,5 Mrd. Euro'), key('3,5 Milliarden Euro'));
	t.is(key('3,5 Mio. Euro'), key('3500000 Euro'.replace('3500000', '3,5 Millionen')));
	t.not(key('3,5 Mio. Euro'), key('3,5 Mrd. Euro'));
});

test('a weekday or month abbreviation is the date it abbreviates', t => {
	const base = wire('18', 'Sunday', 'Nurul Islam', 'overloaded', '4 billion');
	const tuesday = base.replace('Sunday', 'Tuesday');
	t.deepEqual(factsBetween(tuesday, tuesday.replace('on Tuesday', 'on Tues.')), []);
	t.deepEqual(factsBetween(base, base.replace('May 14', 'Mar. 14').replace('May 14', 'Mar. 14')), ['date:May 14→Mar. 14']);
	t.deepEqual(factsBetween(tuesday, tuesday.replace('on Tuesday', 'on Wed.')), ['date:Tuesday→Wed']);
});

test('a figure written out in words is the same figure; a figure dropped from a sentence kept word for word caps the relation', t => {
	const base = wire('18', 'Sunday', 'Nurul Islam', 'overloaded', '4 billion');
	t.deepEqual(factsBetween(base, base.replace('leaving 18 people', 'leaving eighteen people')), []);
	const dropped = compareTexts(base, base.replace('with more than 200 passengers', 'with passengers'));
	t.deepEqual(dropped.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`), ['number:200→null']);
	t.false(['identical', 'verbatim'].includes(dropped.relation), dropped.relation);
});

test('a changed day of a date is shown with its month on both sides', t => {
	const base = wire('18', 'Sunday', 'Nurul Islam', 'overloaded', '4 billion');
	t.deepEqual(factsBetween(base, base.replace('May 14', 'May 15')), ['date:May 14→May 15']);
	t.deepEqual(factsBetween('It opened on 3 March 2020.', 'It opened on March 3, 2020.'), []);
});

test('a name ends with its sentence and at a comma: never a run across a full stop after a name, or across a list', t => {
	const names = (text: string) => factsOf(text).filter(item => item.kind === 'name').map(item => item.text);
	// Seen on dev-data/reuse/clough: "PageRank In" and "Spamdexing Google" were listed as removed names.
	t.deepEqual(names('They also influence the PageRank. In order to prevent manipulation, spoofing and Spamdexing, Google gives no details.'), ['PageRank', 'Spamdexing', 'Google']);
	t.deepEqual(names('He met Senator Konstantin Kosachev. The talks went well.'), ['Senator Konstantin Kosachev']);
	t.deepEqual(names('Officials in Paris, France, and Rome said so.'), ['Paris', 'France', 'Rome']);
	// An initial or an abbreviation does not end the name.
	t.deepEqual(names('The talks between B. Assad and Putin went on.'), ['B Assad', 'Putin']);
});

test('a figure written out and replaced is a changed figure ("six hours" → "seven hours", "six" → "7"); one dropped in rewording is none', t => {
	const fire = 'A fire broke out at a warehouse in the industrial district of Leeds on Tuesday, destroying stock worth thousands of pounds. Firefighters fought the blaze for six hours before it was brought under control. The owner said the building had been inspected only last month. Nearby residents were told to keep windows closed because of the smoke.';
	const spelled = compareTexts(fire, fire.replace('six hours', 'seven hours'));
	t.deepEqual(spelled.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`), ['number:six hours→seven hours']);
	t.is(spelled.relation, 'edited');
	const digits = compareTexts(fire, fire.replace('six hours', '7 hours'));
	t.deepEqual(digits.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`), ['number:six hours→7 hours']);
	t.deepEqual(compareTexts(fire, fire.replace('six hours', '6 hours')).facts, []);
	// "one of" dropped in a reworded sentence is no figure.
	t.deepEqual(factsBetween('It was one of the worst fires the city had seen in years, officials said.', 'It was among the worst fires the city had seen in years, officials said.'), []);
});

test('a changed year or weekday caps the copy at edited, as a changed figure does', t => {
	const fire = 'A fire broke out at a warehouse in the industrial district of Leeds on Tuesday, destroying stock worth thousands of pounds. The building had been inspected in 2015 and had passed every check. Nearby residents were told to keep windows closed because of the smoke, the fire service said.';
	for (const [from, to] of [['2015', '2016'], ['Tuesday', 'Wednesday']] as const) {
		const comparison = compareTexts(fire, fire.replace(from, to));
		t.deepEqual(comparison.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`), [`date:${from}→${to}`]);
		t.is(comparison.relation, 'edited', from);
	}
});

test('a weekday replaced by a calendar date, or a year dropped, in a sentence kept otherwise word for word caps the copy at edited', t => {
	// Fresh user D12: "on Sunday" → "on December 7" was verbatim (the weekday is still written in another sentence).
	const filler = Array.from({length: 12}, (_, k) => `Paragraph ${k + 1} of the report describes the talks between the envoys in the old palace at length.`).join('\n\n');
	const text = `Rebels seized the capital in a swift offensive on Sunday, forcing the president to flee.\n\n${filler}\n\nOfficials said the rebels took the airport on Sunday too.`;
	const comparison = compareTexts(text, text.replace('offensive on Sunday', 'offensive on December 7'));
	t.true(comparison.facts!.some(fact => fact.kind === 'date' && fact.right === 'December 7'));
	t.is(comparison.relation, 'edited');
	// Fresh user D15: a year dropped from a sentence kept otherwise word for word ("… civil war in 2015" → "… civil war").
	const war = `${filler}\n\nThe country has been divided since the civil war in 2015, officials said.`;
	const dropped = compareTexts(war, war.replace(' in 2015', ''));
	t.deepEqual(dropped.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`), ['date:2015→null']);
	t.is(dropped.relation, 'edited');
});

test('a number word is a figure, never a name too: "Six" → "Seven" after a dateline is one changed number', t => {
	const text = (count: string) => `Bus crash\n\nBRUSSELS, March 3 (Reuters) - ${count} people were killed on Monday when a bus crashed near the town of Leuven, police said.\n`;
	const facts = compareTexts(text('Six'), text('Seven')).facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`);
	t.deepEqual(facts, ['number:Six→Seven']);
});

test('a dateline\'s place in capitals is a name though it opens the paragraph; a word in capitals only opening a sentence is one', t => {
	const text = (place: string, agency: string) => `Bus crash\n\n${place}, March 3 (${agency}) - Six people were killed on Monday when a bus crashed near the town of Leuven, police said.\n`;
	const facts = compareTexts(text('BRUSSELS', 'Reuters'), text('ANTWERP', 'AFP')).facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`);
	t.deepEqual(facts, ['name:BRUSSELS→ANTWERP', 'name:Reuters→AFP']);
	t.deepEqual(factsOf('NATO said so.').map(found => found.text), ['NATO']);
	t.deepEqual(factsOf('Rescuers said so.').map(found => found.text), []);
});

test('in German, where every noun is capitalised, a capitalised word alone is no name; a run of two, capitals only, or a word written in such a run elsewhere is', t => {
	const names = (text: string) => factsOf(text, 'de').filter(found => found.kind === 'name').map(found => found.text);
	t.deepEqual(names('Der Zug kam am Montag mit großer Verspätung in der Stadt an, sagte ein Sprecher der Bahn.'), []);
	t.deepEqual(names('Sechs Menschen wurden bei dem Unfall verletzt, sagte Angela Merkel in Berlin zur ICE-Strecke und zur SPD.'), ['Angela Merkel', 'SPD']);
	const de = (noun: string, count: string) => `Unfall\n\nDer ${noun} kam am Montag mit großer Verspätung in der Stadt an, sagte ein Sprecher der Bahn. ${count} Menschen wurden verletzt, sagte Angela Merkel neben Olaf Scholz.\n\nDie Polizei ermittle, sagte Merkel.\n`;
	const facts = (a: string, b: string) => compareTexts(a, b, {language: 'de'}).facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`);
	t.deepEqual(facts(de('Zug', 'Sechs'), de('Bus', 'Sechs')), []);
	t.deepEqual(facts(de('Zug', 'Sechs'), de('Zug', 'Sieben')), ['number:Sechs→Sieben']);
	t.deepEqual(facts(de('Zug', 'Sechs'), de('Zug', 'Sechs').replace('sagte Merkel.', 'sagte Scholz.')), ['name:Merkel→Scholz']);
	// In English a capitalised word inside a sentence is still a name.
	t.deepEqual(factsOf('The train reached Leuven late.').map(found => found.text), ['Leuven']);
});

test('two articles compared read their facts in the language they share (German nouns are no names there)', t => {
	const article = (name: string, text: string) => ({id: name, path: name, name, text, size: text.length, warnings: [], meta: {}});
	const text = (noun: string) => `Der ${noun} kam am Montag mit großer Verspätung in der Stadt an, sagte ein Sprecher der Bahn.\n\nDie Fahrgäste mussten lange warten.\n`;
	const [left, right] = analyzeArticles([article('a.txt', text('Zug')), article('b.txt', text('Bus'))]) as [AnalyzedArticle, AnalyzedArticle];
	t.is(left.labels.language, 'de');
	t.deepEqual(compareArticles(left, right).facts, []);
});

// Breaker 7 (F8, F1, F2, F9, F10, F17, F18): facts compared as sequences, dates in figures, names holding month words.
const factList = (left: string, right: string, language?: string) => compareTexts(left, right, language ? {language} : undefined).facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`);

test('a figure the sentence was reordered around is present on both sides, no fact: a quotation turned into reported speech keeps its "1,200" (breaker13 M6)', t => {
	const paragraph = (sentence: string) => ['The regional council met in the town hall for its monthly session, officials said.', sentence, 'The session ended in the afternoon and a further meeting is planned.'].join('\n\n');
	const quoted = factList(paragraph('"We will cut 1,200 jobs," the chief executive said on Monday evening.'), paragraph('The chief executive said on Monday evening that the company would cut 1,200 jobs.'));
	t.deepEqual(quoted, ['quote:We will cut 1,200 jobs,→null']);
	t.deepEqual(factList(paragraph('"We will raise taxes by 2 percent," the finance minister said on Monday.'), paragraph('The finance minister said on Monday that taxes would rise by 2 percent.')), ['quote:We will raise taxes by 2 percent,→null']);
	// Swapped sides alike.
	t.deepEqual(factList(paragraph('The chief executive said on Monday evening that the company would cut 1,200 jobs.'), paragraph('"We will cut 1,200 jobs," the chief executive said on Monday evening.')), ['quote:null→We will cut 1,200 jobs,']);
	// Another figure after the reordering is still a change (dropped and added, each listed).
	t.deepEqual(factList(paragraph('"We will cut 1,200 jobs," the chief executive said on Monday evening.'), paragraph('The chief executive said on Monday evening that the company would cut 1,300 jobs.')).filter(fact => fact.startsWith('number:')), ['number:1,200→null', 'number:null→1,300']);
});

test('a wire\'s version slug on the headline is no figure and no name: "UPDATE 2-" added, or "UPDATE 2-" → "UPDATE 3-", changes no fact (breaker13 M7)', t => {
	const story = (headline: string) => [headline, 'DHAKA, March 3 (Reuters) - A fire tore through a garment factory on Tuesday, killing at least 12 workers, officials said.', 'The blaze broke out on the third floor shortly after the morning shift began, witnesses said.'].join('\n\n');
	for (const [a, b] of [['', 'UPDATE 2-'], ['UPDATE 2-', 'UPDATE 3-'], ['', 'CORRECTED-UPDATE 1-'], ['', 'WRAPUP 1-'], ['REFILE-', 'UPDATE 1-EXCLUSIVE-']]) {
		const result = compareTexts(story(`${a}Factory fire kills 12 in Dhaka garment district`), story(`${b}Factory fire kills 12 in Dhaka garment district`));
		t.deepEqual(result.facts, [], `${a} / ${b}`);
		t.is(result.relation, 'identical', `${a} / ${b}`);
	}
	// The headline's own figure still counts.
	t.deepEqual(factList(story('UPDATE 2-Factory fire kills 12 in Dhaka garment district'), story('UPDATE 3-Factory fire kills 21 in Dhaka garment district')), ['number:12→21']);
});

test('numbered list items are items: their markers are no figures, and an item inserted renumbers none (breaker13 M8)', t => {
	const items = ['The fire started on the third floor shortly after the morning shift began.', 'Survivors said several emergency exits were locked from the outside.', 'The labour minister promised an inquiry that will report within 30 days.'];
	const story = (list: string[], marker: (n: number) => string) => ['Factory fire kills 12 in Dhaka garment district', 'A fire tore through a garment factory on Tuesday, killing at least 12 workers, officials said.', 'What we know so far:', list.map((item, k) => `${marker(k + 1)} ${item}`).join('\n'), 'The owners could not be reached for comment on Tuesday evening.'].join('\n\n');
	for (const marker of [(n: number) => `${n})`, (n: number) => `${n}.`]) {
		const result = compareTexts(story(items, marker), story(['The factory employed about 1,200 people, the industry association said.', ...items], marker));
		t.deepEqual(result.facts, [], marker(1));
		// One change: the item added; the renumbered ones are the same. ("1." still ends a sentence, as the aligner is
		// measured, so its bare markers are rows of their own: only "1)" items are checked for rows.)
		if (marker(1).endsWith(')')) t.deepEqual(result.rows.filter(row => row.kind !== 'same').map(row => row.kind), ['added'], marker(1));
	}
	// Items renumbered alone: identical.
	t.is(compareTexts(story(items, n => `${n})`), story(items, n => `${n + 1})`)).relation, 'identical');
});

test('two figures swapped within a sentence are two changed figures', t => {
	const facts = factList('The firm cut 1,500 jobs in 2023 and 2,000 more this year, it said.', 'The firm cut 2,000 jobs in 2023 and 1,500 more this year, it said.');
	t.deepEqual(facts, ['number:1,500→2,000', 'number:2,000→1,500']);
});

test('a date written in figures is one date: day and month swapped is a changed date', t => {
	t.deepEqual(factList('She was born on 3/4/1990 in Lyon and moved to Nice in 2001.', 'She was born on 4/3/1990 in Lyon and moved to Nice in 2001.'), ['date:3/4/1990→4/3/1990']);
	t.deepEqual(factList('Der Vertrag vom 03.04.1990 gilt weiter, sagte er.', 'Der Vertrag vom 3.4.1990 gilt weiter, sagte er.', 'de'), []);
	t.deepEqual(figuresOf('on 1990-04-03 and 3月4日').map(item => `${item.kind}:${item.text}`), ['date:1990-04-03', 'date:3月4日']);
});

test('figures in a text without spaces are paired where the word diff pairs them', t => {
	const facts = factList('日本政府は3月3日、総額12兆円の対策を発表した。', '日本政府は3月4日、総額21兆円の対策を発表した。', 'ja');
	t.true(facts.includes('number:12兆円→21兆円'), facts.join(' '));
	t.true(facts.includes('date:3月3日→3月4日'), facts.join(' '));
	t.false(facts.some(fact => fact.endsWith('→null') || fact.includes(':null')), facts.join(' '));
});

test('a quotation in corner brackets is a quote fact', t => {
	const facts = factList('首相は「これは国民のための政策だ」と述べた。', '首相は「これは未来のための政策だ」と述べた。', 'ja');
	t.true(facts.some(fact => fact.startsWith('quote:')), facts.join(' '));
});

test('a title both replaced names open with is not shown as part of the change', t => {
	const facts = factList('Президент Владимир Путин заявил во вторник об этом.', 'Президент Дмитрий Медведев заявил во вторник об этом.', 'ru');
	t.deepEqual(facts, ['name:Владимир Путин→Дмитрий Медведев']);
});

test('a month word inside a name is the name, not a date', t => {
	t.deepEqual(factList('The talks were led by prime minister Theresa May on Friday.', 'The talks were led by prime minister Boris Johnson on Friday.'), ['name:Theresa May→Boris Johnson']);
	t.deepEqual(factList('The flood hit 1,200 homes, spokesman Jan Peeters said.', 'The flood hit 1,200 homes, spokesman Marc Janssens said.'), ['name:Jan Peeters→Marc Janssens']);
	// A month with its day, or after a function word, stays a date.
	t.deepEqual(factOf('In March Congress voted again.').filter(item => item.kind === 'date').map(item => item.text), ['March']);
	t.deepEqual(factList('Le budget sera voté fin d\'avril, a-t-il dit.', 'Le budget sera voté fin de mai, a-t-il dit.', 'fr'), ['date:fin d\'avril→fin de mai']);
});

const factOf = (text: string) => factsOf(text);

test('the README\'s own examples: U.N./UN, Assad/Bashar al-Assad, 5%/5 percent, Milliarden/Mrd. are no facts', t => {
	t.deepEqual(factList('The U.N. envoy met officials in Geneva on Monday.', 'The UN envoy met officials in Geneva on Monday.'), []);
	t.deepEqual(factList('Officials said Assad fled to Moscow on Sunday.', 'Officials said Bashar al-Assad fled to Moscow on Sunday.'), []);
	t.deepEqual(factList('Prices rose 5% in March, the office said.', 'Prices rose 5 percent in March, the office said.'), []);
	t.deepEqual(factList('Die Regierung gibt 12 Milliarden Euro für Schulen aus.', 'Die Regierung gibt 12 Mrd. Euro für Schulen aus.', 'de'), []);
});

test('a vague amount replaced by another scale is a changed figure', t => {
	t.deepEqual(factList('The scheme cost tens of millions of dollars, the audit found.', 'The scheme cost billions of dollars, the audit found.'), ['number:millions of dollars→billions of dollars']);
});

test('digits of every script are the same number: full-width and Arabic-Indic twelve equal 12', t => {
	t.deepEqual(factList('The council approved 12 new schools on Monday.', 'The council approved １２ new schools on Monday.'), []);
	t.deepEqual(factList('قال المسؤول إن 12 شخصا أصيبوا.', 'قال المسؤول إن ١٢ شخصا أصيبوا.', 'ar'), []);
	t.deepEqual(factList('قال المسؤول إن 12 شخصا أصيبوا.', 'قال المسؤول إن ٢١ شخصا أصيبوا.', 'ar'), ['number:12→٢١']);
});

test('terminal control sequences are no figures', t => {
	const facts = factList('The minister said \u001B]52;c;aGFjaw==\u0007 that the \u001B[31mred\u001B[0m vote passed 12 to 3.', 'The minister said that the red vote passed 21 to 3.');
	t.deepEqual(facts.filter(fact => fact.startsWith('number:')), ['number:12→21']);
});

test('property: permuting two distinct figures of a sentence always yields a fact', t => {
	fc.assert(
		fc.property(fc.uniqueArray(fc.integer({min: 2, max: 99_999}), {minLength: 2, maxLength: 4}), values => {
			const sentence = (figures: number[]) => `The agency counted ${figures.map((value, k) => `${value} ${['cars', 'boats', 'trucks', 'planes'][k]}`).join(' and ')} last year.`;
			const swapped = [...values];
			[swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
			const facts = compareTexts(sentence(values), sentence(swapped)).facts!;
			return facts.some(fact => fact.kind === 'number');
		}),
		{numRuns: 40},
	);
	t.pass();
});

test('property: a text compared with its digits in another script has no facts', t => {
	const zeros = [0x30, 0xff10, 0x660, 0x6f0, 0x966];
	fc.assert(
		fc.property(fc.array(fc.integer({min: 0, max: 99_999}), {minLength: 1, maxLength: 4}), fc.constantFrom(...zeros), (values, zero) => {
			const text = `Officials reported ${values.join(' cases and ')} cases this week.`;
			const folded = text.replace(/\d/g, digit => String.fromCodePoint(zero + Number(digit)));
			return compareTexts(text, folded).facts!.length === 0;
		}),
		{numRuns: 40},
	);
	t.pass();
});

test('the word comparison folds digits of every script and spacing after an elision: such copies are identical', t => {
	t.is(compareTexts('Officials said 12 people were hurt in the crash.', 'Officials said ١٢ people were hurt in the crash.').relation, 'identical');
	t.is(compareTexts('Le chef de l\'expédition n\'est pas revenu de la montagne.', 'Le chef de l\' expédition n\' est pas revenu de la montagne.').relation, 'identical');
});

// Breaker 7b (B9): figures side by side swapped, which the word diff reads as one figure moved across the other.
test('a reversed vote or score names both figures changed, not one added and one removed', t => {
	t.deepEqual(factList('The senate voted 52 to 48 on Monday to confirm the nominee for the court.', 'The senate voted 48 to 52 on Monday to confirm the nominee for the court.'), ['number:52→48', 'number:48→52']);
	t.deepEqual(factList('Arsenal beat Chelsea 3-1 at home on Saturday, the club said.', 'Arsenal beat Chelsea 1-3 at home on Saturday, the club said.'), ['number:3→1', 'number:1→3']);
	// A figure that moved with its words is rewording, no fact.
	t.deepEqual(factList('In 2020 the firm hired 50 people at its plant in the north.', 'The firm hired 50 people in 2020 at its plant in the north.'), []);
});

const count = fc.integer({min: 0, max: 99_999}).filter(value => value < 1800 || value > 2199);

// Fresh user K2: figures listed in another order, each with its words, are the same facts; swapped figures, whose words stay in place, changed.
test('figures said in another order with their words are no change; figures swapped across their words are', t => {
	t.deepEqual(factList('Officials said 12 people were hurt and 3 killed in the blast.', 'Officials said 3 people were killed and 12 hurt in the blast.'), []);
	t.deepEqual(factList('In the crash 12 people were hurt and 3 killed.', 'In the crash 3 were killed and 12 hurt.'), []);
	t.deepEqual(factList('The army killed 3 and injured 12 in the raid.', 'The army injured 12 and killed 3 in the raid.'), []);
	t.deepEqual(factList('Bei dem Unfall wurden 12 Menschen verletzt und 3 getötet.', 'Bei dem Unfall wurden 3 Menschen getötet und 12 verletzt.', 'de'), []);
	t.deepEqual(factList('Officials said 12 people were hurt and 3 killed in the blast.', 'Officials said 3 people were hurt and 12 killed in the blast.'), ['number:12→3', 'number:3→12']);
	t.deepEqual(factList('The army killed 3 and injured 12 in the raid.', 'The army killed 12 and injured 3 in the raid.'), ['number:3→12', 'number:12→3']);
	t.deepEqual(factList('Bei dem Unfall wurden 12 Menschen verletzt und 3 getötet.', 'Bei dem Unfall wurden 3 Menschen verletzt und 12 getötet.', 'de'), ['number:12→3', 'number:3→12']);
});

test('property: two counts each said with its own words, listed the other way round, are no change', t => {
	fc.assert(
		fc.property(count, count, fc.constantFrom(['hurt', 'killed'], ['arrested', 'released'], ['sold', 'returned']), (a, b, [first, second]) => {
			fc.pre(a !== b);
			const left = `Police said ${a} people were ${first!} and ${b} ${second!} on Friday in the north of the county.`;
			const right = `Police said ${b} people were ${second!} and ${a} ${first!} on Friday in the north of the county.`;
			const swapped = `Police said ${b} people were ${first!} and ${a} ${second!} on Friday in the north of the county.`;
			return factList(left, right).length === 0 && factList(left, swapped).length === 2;
		}),
		{numRuns: 60},
	);
	t.pass();
});


test('property: two distinct figures side by side, swapped, are two changed figures', t => {
	fc.assert(
		// Counts, not years (a year is a date: a year and a count swapped is no swap of one kind).
		fc.property(count, count, fc.constantFrom(' to ', '-', ' votes to ', ' and '), (a, b, between) => {
			fc.pre(a !== b);
			const sentence = (x: number, y: number) => `The panel voted ${x}${between}${y} on Monday to back the plan for the region.`;
			const facts = factList(sentence(a, b), sentence(b, a));
			return facts.length === 2 && facts.includes(`number:${a}→${b}`) && facts.includes(`number:${b}→${a}`);
		}),
		{numRuns: 60},
	);
	t.pass();
});

// Breaker 7b (B12): a control sequence read as spaces keeps a figure's scale and unit with it.
test('property: a colour escape around a figure (ESC or C1 CSI) keeps its scale: the same figure, and a changed one shown whole on both sides', t => {
	fc.assert(
		fc.property(fc.integer({min: 1, max: 9999}), fc.integer({min: 1, max: 9999}), fc.constantFrom('million dollars', 'billion', 'percent', 'km'), fc.constantFrom(['\u001B[31m', '\u001B[0m'], ['\u009B1;31m', '\u009B0m']), (a, b, unit, [on, off]) => {
			const sentence = (figure: string) => `The company paid ${figure} ${unit} to the fund last year.`;
			const coloured = sentence(`${on}${a}${off}`);
			if (factList(coloured, sentence(String(a))).length > 0) return false;
			return a === b || factList(coloured, sentence(String(b))).join(' ') === `number:${a} ${unit}→${b} ${unit}`;
		}),
		{numRuns: 60},
	);
	t.pass();
});

// Breaker 7b (B11): a month beside its day in Italian, Polish or Russian, whatever language a short text is read as.
test('property: a month changed beside its day (Italian, Polish, Russian genitive) is a changed date, even when the text is read as English', t => {
	const months: Record<string, string[]> = {
		it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
		pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
		ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
	};
	fc.assert(
		fc.property(fc.constantFrom('it', 'pl', 'ru'), fc.integer({min: 1, max: 28}), fc.integer({min: 0, max: 11}), fc.integer({min: 0, max: 11}), fc.boolean(), (language, day, m, n, given) => {
			fc.pre(m !== n);
			const sentence = (month: string) => `Le elezioni: ${day} ${month}, ha detto la commissione.`;
			const facts = factList(sentence(months[language]![m]!), sentence(months[language]![n]!), given ? language : undefined);
			return facts.join(' ') === `date:${day} ${months[language]![m]}→${day} ${months[language]![n]}`;
		}),
		{numRuns: 80},
	);
	// A word that is a month's abbreviation elsewhere, or a capitalised one before a figure, is no month in English.
	t.deepEqual(factList('Only 3 out of 5 voters backed the plan on Monday.', 'Only 4 out of 5 voters backed the plan on Monday.'), ['number:3→4']);
	t.deepEqual(factList('The Mars 2 rover landed on Monday, the agency said.', 'The Mars 3 rover landed on Monday, the agency said.'), ['number:2→3']);
});

// Breaker 7b (B10): the Arabic decimal and thousands separators go with the digits they separate.
test('property: a figure in Arabic-Indic digits with the Arabic decimal or thousands separator is the same figure, and the copy identical', t => {
	fc.assert(
		fc.property(fc.integer({min: 1, max: 999}), fc.integer({min: 1, max: 9}), fc.constantFrom(['\u066B', '.', ' million dollars'], ['\u066C', ',', '00 dollars']), fc.constantFrom(0x660, 0x6F0), (whole, part, [separator, ascii, tail], zero) => {
			const script = (digits: string) => digits.replace(/\d/g, digit => String.fromCodePoint(zero + Number(digit)));
			const sentence = (figure: string) => `The company paid ${figure}${tail} to the fund last year in total.`;
			const left = sentence(`${script(String(whole))}${separator}${script(String(part))}`);
			const right = sentence(`${whole}${ascii}${part}`);
			const result = compareTexts(left, right);
			return result.facts!.length === 0 && result.relation === 'identical';
		}),
		{numRuns: 60},
	);
	t.deepEqual(factList('The company paid ١٢٫٥ million dollars to the fund.', 'The company paid 13.5 million dollars to the fund.'), ['number:١٢٫٥ million dollars→13.5 million dollars']);
});

test('link and citation marks glued to words (lynx -dump "[2]and", "fell.[3]") are no figures, and a quotation wrapped and marked so is the same quotation', t => {
	t.deepEqual(figuresOf('divided by race [2]and ethnicity, prices fell.[3] Then [1]twelve people came by 12 buses').map(figure => figure.text), ['12']);
	// A bracketed number standing alone is still a figure.
	t.deepEqual(figuresOf('the list [5] items').map(figure => figure.text), ['5']);
	const clean = 'The poll found the country "divided not only along lines of party, but also by race and ethnicity, region and religion," the authors said.';
	const lynx = 'The poll found the country "divided not only\n   along lines of party, but also by race [2]and\n   ethnicity, region and [3]religion," the authors said.';
	t.deepEqual(compareTexts(clean, lynx).facts, []);
	t.deepEqual(factsOf(lynx).filter(found => found.kind === 'quote').map(found => found.text), ['divided not only along lines of party, but also by race [2]and ethnicity, region and [3]religion,']);
});

// Fact slips a fresh user found (session 8): each a notation, currency, scale, unit or name read one way.
const factsOfPair = (left: string, right: string): string[] => (compareTexts(left, right).facts ?? []).map(fact => `${fact.kind}:${fact.left} → ${fact.right}`);

test('one day in two notations is no change; a day that differs in any notation is one', t => {
	const said = (date: string) => `The vote will be held on ${date} in the capital, officials said.`;
	for (const [a, b] of [['3 March 2025', '2025-03-03'], ['3 March 2025', '03/03/2025'], ['March 3, 2025', '03.03.2025'], ['25 December 1990', '25.12.1990'], ['25.12.1990', '1990-12-25'], ['25/12/1990', '12/25/1990'], ['3 de marzo de 2025', '2025-03-03']]) {
		t.deepEqual(factsOfPair(said(a), said(b)), [], `${a} / ${b}`);
	}
	t.deepEqual(factsOfPair(said('3 March 2025'), said('2025-03-04')), ['date:3 March 2025 → 2025-03-04']);
	// Read two ways (3 April or 4 March): compared as written, never called the same as a named day.
	t.deepEqual(factsOfPair(said('3 April 2025'), said('03/04/2025')), ['date:3 April 2025 → 03/04/2025']);
});

test('a currency is one whatever its notation: symbol, code or word, before or after the scale', t => {
	const spend = (amount: string) => `The ministry said it will spend ${amount} on the new bridge this year.`;
	for (const [a, b] of [['$5 million', '5 million dollars'], ['US$5 million', 'USD 5 million'], ['US$5 million', '5 million US dollars'], ['C$5 million', '5 million Canadian dollars'], ['€12bn', '12 billion euros'], ['$5m', '5 million dollars'], ['£3.5 million', '3.5 million pounds']]) {
		t.deepEqual(factsOfPair(spend(a), spend(b)), [], `${a} / ${b}`);
	}
	t.deepEqual(factsOfPair(spend('$5 million'), spend('5 million euros')), ['number:$5 million → 5 million euros']);
	t.deepEqual(factsOfPair(spend('€5 million'), spend('5 million')), ['number:€5 million → 5 million']);
});

test('a scale of any language the table knows keeps its figure: "mil millones" is a billion', t => {
	const spend = (amount: string) => `El gobierno invertirá ${amount} en el nuevo puente.`;
	t.deepEqual(factsOfPair(spend('5 mil millones de euros'), spend('5000 millones de euros')), []);
	t.deepEqual(factsOfPair(spend('5 mil millones de euros'), spend('5 billion euros')), []);
	t.deepEqual(factsOfPair(spend('5 mil millones de euros'), spend('5 millones de euros')), ['number:5 mil millones de euros → 5 millones de euros']);
	t.deepEqual(factsOfPair('Il governo spenderà 5 miliardi di euro.', 'Il governo spenderà 5 milioni di euro.'), ['number:5 miliardi di euro → 5 milioni di euro']);
});

test('a figure keeps its unit: a measure or a currency after a connector is part of it, and another unit is a change', t => {
	t.deepEqual(factsOfPair('The storm moved 40 kilometres inland before it weakened.', 'The storm moved 40 miles inland before it weakened.'), ['number:40 kilometres → 40 miles']);
	t.deepEqual(factsOfPair('The storm moved 40 km inland before it weakened.', 'The storm moved 40 mi inland before it weakened.'), ['number:40 km → 40 mi']);
	t.deepEqual(factsOfPair('The storm moved 40 km inland before it weakened.', 'The storm moved 40 kilometres inland before it weakened.'), []);
	t.deepEqual(factsOfPair('The river rose 3 metres overnight, officials said.', 'The river rose 3 feet overnight, officials said.'), ['number:3 metres → 3 feet']);
	t.deepEqual(factsOfPair('El gobierno invertirá 5 millones de euros en el puente.', 'El gobierno invertirá 5 millones de dólares en el puente.'), ['number:5 millones de euros → 5 millones de dólares']);
	t.deepEqual(factsOfPair('Le gouvernement va dépenser 5 millions d\'euros pour le pont.', 'Le gouvernement va dépenser 5 millions de dollars pour le pont.'), ['number:5 millions d\'euros → 5 millions de dollars']);
	t.deepEqual(factsOfPair('Prices rose 5 per cent in March, the agency said.', 'Prices rose 5% in March, the agency said.'), []);
});

test('weekdays of another script are read whatever language a short text is taken for (Russian read as Bulgarian)', t => {
	t.deepEqual(factsOfPair('В среду президент подписал новый указ о налогах.', 'В четверг президент подписал новый указ о налогах.'), ['date:среду → четверг']);
	t.deepEqual(factsOfPair('В пятницу президент подписал новый указ о налогах.', 'В пятницу президент подписал новый указ о налогах!'), []);
});

test('a name shortened to its family name is the same person; another given name with that family name is a change', t => {
	t.deepEqual(factsOfPair('Emmanuel Macron led the talks in Paris on Friday evening.', 'Macron led the talks in Paris on Friday evening.'), []);
	t.deepEqual(factsOfPair('The talks were led by Emmanuel Macron in Paris on Friday.', 'The talks were led by Macron in Paris on Friday.'), []);
	t.deepEqual(factsOfPair('The report was written by Kari Berg for the ministry last year.', 'The report was written by Paul Berg for the ministry last year.'), ['name:Kari Berg → Paul Berg']);
	// Another family name in its place, the rest of the sentence kept, is the name replaced (though it opens the sentence).
	t.deepEqual(factsOfPair('Kari Berg wrote the report for the ministry last year.', 'Olsen wrote the report for the ministry last year.'), ['name:Kari Berg → Olsen']);
});

test('a German day written with its ordinal stop ("4. März 2025") is that day in every notation', t => {
	const said = (date: string) => `Die Sitzung fand am ${date} im Saal statt, sagte der Sprecher der Stadt.`;
	for (const other of ['04.03.2025', '2025-03-04', '4 März 2025']) t.deepEqual(compareTexts(said('4. März 2025'), said(other), {language: 'de'}).facts, [], other);
	t.deepEqual(compareTexts(said('4. März 2025'), said('5. März 2025'), {language: 'de'}).facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`), ['date:4. März 2025→5. März 2025']);
});

test('a place prefix makes another place, not a name written in full: "New Mexico" → "Mexico" is a changed name', t => {
	// Fresh user E5.
	const names = (a: string, b: string) => compareTexts(a, b).facts!.filter(fact => fact.kind === 'name').map(fact => `${fact.left}→${fact.right}`);
	t.true(names('The president spoke in New Mexico on Friday about the plan.', 'The president spoke in Mexico on Friday about the plan.').length > 0);
	t.true(names('Police in New South Wales said three people died on Monday.', 'Police in Wales said three people died on Monday.').length > 0);
	t.true(names('South Korea said the plan was sound and fair on Monday.', 'Korea said the plan was sound and fair on Monday.').length > 0);
	// A person's name shortened is still the same person.
	t.deepEqual(names('The talks were led by Emmanuel Macron in Paris on Friday.', 'The talks were led by Macron in Paris on Friday.'), []);
	t.deepEqual(names('The president Bashar al-Assad fled the capital on Sunday.', 'The president Assad fled the capital on Sunday.'), []);
});

test('a name after a lower-case elided article is the name ("l\'Allemagne" → "l\'Italie" is Allemagne → Italie); a capitalised one is part of it', t => {
	// Fresh user E13.
	const names = (a: string, b: string) => compareTexts(a, b, {language: 'fr'}).facts!.filter(fact => fact.kind === 'name').map(fact => `${fact.left}→${fact.right}`);
	t.deepEqual(names("Il a parlé de l'Allemagne et de la France hier soir à Bruxelles.", "Il a parlé de l'Italie et de la France hier soir à Bruxelles."), ['Allemagne→Italie']);
	t.deepEqual(names("Il a parlé de l'ONU et de l'OTAN hier soir à Bruxelles.", "Il a parlé de l'UE et de l'OTAN hier soir à Bruxelles."), ['ONU→UE']);
	t.deepEqual(factsOf("Le groupe L'Oréal a publié ses comptes, selon Marc D'Angelo.", 'fr').filter(found => found.kind === 'name').map(found => found.text), ["L'Oréal", "Marc D'Angelo"]);
});

// breaker8 D4: a unit spelled out or abbreviated, a currency symbol after the digits, a sign written as a word, two names swapped.
const inSentence = (figure: string) => `The city paid ${figure} for the new pool, the mayor said on Monday in Berlin.`;
const imSatz = (figure: string) => `Die Stadt zahlte ${figure} für das neue Schwimmbad, sagte der Bürgermeister am Montag in Berlin.`;
const factsIn = (a: string, b: string, language = 'en') => compareTexts(a, b, {language}).facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`);

test('degrees written as a symbol or spelled out are one unit, and a scale of degrees is no name ("°C" / "degrees Celsius", "Grad Celsius")', t => {
	t.deepEqual(factsIn(inSentence('30 °C'), inSentence('30 degrees Celsius')), []);
	t.deepEqual(factsIn(inSentence('30 °F'), inSentence('30 degrees Fahrenheit')), []);
	t.deepEqual(factsIn(imSatz('30 °C'), imSatz('30 Grad Celsius'), 'de'), []);
	t.deepEqual(factsIn(inSentence('30 °C'), inSentence('30 °F')), ['number:30 °C→30 °F']);
	t.deepEqual(factsIn(inSentence('30 degrees Celsius'), inSentence('31 degrees Celsius')), ['number:30 degrees Celsius→31 degrees Celsius']);
});

test('a currency symbol after the digits is the currency, with or without a scale before it ("12 €" / "12 Euro", "12 Mio. €" / "12 Millionen Euro")', t => {
	t.deepEqual(factsIn(imSatz('12 €'), imSatz('12 Euro'), 'de'), []);
	t.deepEqual(factsIn(imSatz('12 Mio. €'), imSatz('12 Millionen Euro'), 'de'), []);
	t.deepEqual(factsIn(imSatz('12 Mrd. €'), imSatz('12 Milliarden Euro'), 'de'), []);
	t.deepEqual(factsIn(imSatz('12 €'), imSatz('13 €'), 'de'), ['number:12 €→13 €']);
	t.deepEqual(factsIn(imSatz('12 Mio. €'), imSatz('12 Mrd. €'), 'de'), ['number:12 Mio. €→12 Mrd. €']);
});

test('French money abbreviations are a scale and a currency: "1,2 Md€" is "1,2 milliard d\'euros", "Md$" another currency, "M€" another scale, and "Md" no name (breaker13 M4)', t => {
	const perte = (figure: string) => `Le groupe a perdu ${figure} l'an dernier, a indiqué la direction lundi à Paris.`;
	for (const language of ['fr', 'und']) {
		t.deepEqual(factsIn(perte('1,2 Md€'), perte("1,2 milliard d'euros"), language), [], language);
		t.deepEqual(factsIn(perte('3 Mds€'), perte("3 milliards d'euros"), language), [], language);
		t.deepEqual(factsIn(perte('120 M€'), perte("120 millions d'euros"), language), [], language);
		t.deepEqual(factsIn(perte('1,2 Md€'), perte("1,2 Md d'euros"), language), [], language);
		t.deepEqual(factsIn(perte('1,2 Md$'), perte('1,2 Md€'), language), ['number:1,2 Md$→1,2 Md€'], language);
		t.deepEqual(factsIn(perte('1,2 Md€'), perte('1,2 M€'), language), ['number:1,2 Md€→1,2 M€'], language);
		t.deepEqual(factsIn(perte('3 Mds€'), perte('4 Mds€'), language), ['number:3 Mds€→4 Mds€'], language);
	}
	// German glued alike; English notation of the same sum.
	t.deepEqual(factsIn(imSatz('1,2 Mrd€'), imSatz('1,2 Milliarden Euro'), 'de'), []);
	t.deepEqual(factsIn(inSentence('€1.2bn'), inSentence('1,2 Md€')), []);
});

test('Reuters\' scales "bln" and "tln" are billion and trillion, as "mln" is million (breaker13 M22)', t => {
	const profit = (figure: string) => `The company reported a net profit of ${figure} in the quarter, it said on Monday.`;
	t.deepEqual(factsIn(profit('12 bln euros'), profit('12 billion euros')), []);
	t.deepEqual(factsIn(profit('12 bln euros'), profit('12 bln dollars')), ['number:12 bln euros→12 bln dollars']);
	t.deepEqual(factsIn(profit('12 mln euros'), profit('12 bln euros')), ['number:12 mln euros→12 bln euros']);
	t.deepEqual(factsIn(profit('1.2 tln rupiah'), profit('1.2 bln rupiah')), ['number:1.2 tln→1.2 bln']);
	t.deepEqual(factsIn(profit('1.2 trln yen'), profit('1.2 trillion yen')), []);
});

test('a sign written as a word is a sign ("minus 5 Grad" / "5 Grad" changed; "minus 5" / "-5" one figure)', t => {
	t.deepEqual(factsIn(imSatz('minus 5 Grad'), imSatz('5 Grad'), 'de'), ['number:minus 5 Grad→5 Grad']);
	t.deepEqual(factsIn(imSatz('minus 5 Grad'), imSatz('-5 Grad'), 'de'), []);
	t.deepEqual(factsIn(inSentence('minus 5 degrees'), inSentence('−5°')), []);
	// "au moins", "al menos": "at least", no sign.
	t.deepEqual(factsIn('Au moins 68 ont été inculpés dans la vallée, selon la police locale.', 'Au moins 68 ont été inculpés dans la vallée, selon la police.', 'fr'), []);
	t.deepEqual(factsIn('Une paroi d\'au moins 1600 m de hauteur barre la route du sommet.', 'Une paroi de 1600 mètres de hauteur barre la route du sommet.', 'fr'), []);
	t.deepEqual(factsIn('Al menos 5 personas murieron en el incendio, dijo la policía.', 'Unas 5 personas murieron en el incendio, dijo la policía.', 'es'), []);
});

test('two names swapped in place are a change, as two figures swapped are ("Germany beat France" / "France beat Germany")', t => {
	t.deepEqual(factsIn('Germany beat France 3-1 on Sunday in a friendly match in Paris.', 'France beat Germany 3-1 on Sunday in a friendly match in Paris.').filter(fact => fact.startsWith('name:')), ['name:Germany→France', 'name:France→Germany']);
	// A name that only moved within a reworded sentence, the others in their places, is no change.
	t.deepEqual(factsIn('On Sunday in Paris, Germany beat France 3-1 in a friendly match.', 'Germany beat France 3-1 on Sunday in a friendly match in Paris.').filter(fact => fact.startsWith('name:')), []);
});

test('an English month or weekday name in lower case is another word ("may", "march", "sun"); a language that writes its months so keeps them', t => {
	const dates = (text: string, language = 'en') => factsOf(text, language).filter(found => found.kind === 'date').map(found => found.text);
	t.deepEqual(dates('Residents may comment on the plan, and protesters will march in the sun on Sat.'), ['Sat']);
	t.deepEqual(dates('The vote was held in May and the march on 3 may.').sort(), ['3 may', 'May']);
	t.deepEqual(dates('The vote was held today.'), ['today']);
	// The abbreviations CLDR lacks likewise: "Sept." is September, "sept" (a clan) is not.
	t.deepEqual(dates('The sept of the clan met on Sept. 8 and again on Tues.').sort(), ['Sept. 8', 'Tues'].sort());
	t.deepEqual(dates('Le vote a eu lieu en mai, puis en juin.', 'fr'), ['mai', 'juin']);
	t.deepEqual(dates('Le vote, may be, a eu lieu en mai.', 'fr'), ['mai']);
	const rows = compareTexts('The council met on Tuesday.\n\nResidents may comment on the plan at the town hall.', 'The council met on Tuesday.\n\nResidents can comment on the plan at the town hall.');
	t.deepEqual(rows.facts, []);
});

// Fresh user (breaker8b) E2, E3, E14: units, dollars and currencies after "di" read one way.
const factsInRow = (a: string, b: string, language = 'en') => compareTexts(a, b, {language}).facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`);
const dose = (amount: string) => `The council met on Tuesday to discuss the budget. The dose was ${amount} daily for the town. The mayor said the vote would be held again.`;

test('another unit of mass, volume, data or power beside equal digits is a changed figure; one unit written two ways is none', t => {
	for (const [a, b] of [['5 mg', '5 µg'], ['5 mg', '5 mcg'], ['10 MB', '10 Mb'], ['2 l', '2 ml'], ['50 MW', '50 MWh'], ['5 MW', '5 GW'], ['5 crore', '5 lakh'], ['5 m/s', '5 km/h']]) {
		t.deepEqual(factsInRow(dose(a), dose(b)), [`number:${a} daily→${b} daily`], `${a} / ${b}`);
	}
	for (const [a, b] of [['5 milligrams', '5 mg'], ['2 litres', '2 l'], ['2 l', '2 liters'], ['10 megabytes', '10 MB'], ['50 megawatts', '50 MW'], ['5 µg', '5 μg']]) {
		t.deepEqual(factsInRow(dose(a), dose(b)), [], `${a} / ${b}`);
	}
});

test('a figure whose unit changes only in case ("MB" / "Mb") is a change, and the copy is no longer identical', t => {
	const comparison = compareTexts(dose('10 MB'), dose('10 Mb'));
	t.deepEqual(comparison.facts!.map(fact => `${fact.left}→${fact.right}`), ['10 MB daily→10 Mb daily']);
	t.not(comparison.relation, 'identical');
});

test('unit equality is symmetric and a change either way: swapping the copies mirrors every fact', t => {
	const units = ['mg', 'µg', 'mcg', 'milligrams', 'g', 'l', 'ml', 'litres', 'MB', 'Mb', 'megabytes', 'MW', 'MWh', 'GW', 'kW', 'crore', 'lakh', 'km', 'miles'];
	fc.assert(
		fc.property(fc.integer({min: 1, max: 999}), fc.constantFrom(...units), fc.constantFrom(...units), (digits, x, y) => {
			const there = factsInRow(dose(`${digits} ${x}`), dose(`${digits} ${y}`));
			const back = factsInRow(dose(`${digits} ${y}`), dose(`${digits} ${x}`));
			return there.length === back.length && there.every((fact, k) => fact === back[k]!.replace(/^number:(.*)→(.*)$/, 'number:$2→$1'));
		}),
		{numRuns: 200},
	);
	t.pass();
});

/** The facts of two texts that differ in one sentence, as "left→right (kind)". */
const sentenceFacts = (left: string, right: string, frame = 'The council met on Tuesday to discuss the budget for the coming year.\n\nThe mayor said the vote would be held again next month if needed.', language = 'en') => {
	const [first, last] = frame.split('\n\n');
	return compareTexts(`${first}\n\n${left}\n\n${last}`, `${first}\n\n${right}\n\n${last}`, {language}).facts!.map(fact => `${fact.left}→${fact.right} (${fact.kind})`);
};

test('a number written out is a figure in every language the number words know, past twelve too', t => {
	const german = 'Der Stadtrat tagte am Dienstag, um über den Haushalt für das kommende Jahr zu beraten.\n\nDer Bürgermeister sagte, die Abstimmung werde im nächsten Monat wiederholt.';
	t.deepEqual(sentenceFacts('Die Polizei meldete zwölf Verletzte nach dem Unfall.', 'Die Polizei meldete zwanzig Verletzte nach dem Unfall.', german), ['zwölf→zwanzig (number)']);
	const french = 'Le conseil municipal s\'est réuni mardi pour discuter du budget de l\'année prochaine.\n\nLe maire a dit que le vote aurait lieu le mois prochain si nécessaire.';
	t.deepEqual(sentenceFacts('La police a compté douze blessés après l\'accident.', 'La police a compté quinze blessés après l\'accident.', french), ['douze→quinze (number)']);
	const dutch = 'De gemeenteraad kwam dinsdag bijeen om de begroting voor het komende jaar te bespreken.\n\nDe burgemeester zei dat de stemming volgende maand opnieuw zou worden gehouden.';
	t.deepEqual(sentenceFacts('De politie telde twaalf gewonden na het ongeluk.', 'De politie telde twintig gewonden na het ongeluk.', dutch, 'nl'), ['twaalf→twintig (number)']);
	// Read in its own language only: an Italian number word is a word elsewhere ("Otto" a name).
	const italian = 'Il consiglio comunale si è riunito martedì per discutere il bilancio del prossimo anno.\n\nIl sindaco ha detto che il voto si terrà il mese prossimo se necessario.';
	t.deepEqual(sentenceFacts('La polizia ha contato dodici feriti dopo l\'incidente.', 'La polizia ha contato venti feriti dopo l\'incidente.', italian, 'it'), ['dodici→venti (number)']);
	// "a dozen" is the figure 12.
	t.deepEqual(sentenceFacts('The fire destroyed 12 homes, police said.', 'The fire destroyed a dozen homes, police said.'), []);
});

test('an ordinal is a figure, in words or in digits, shown as written', t => {
	t.deepEqual(sentenceFacts('The team finished third in the league this season.', 'The team finished fourth in the league this season.'), ['third→fourth (number)']);
	t.deepEqual(sentenceFacts('The team finished 3rd in the league this season.', 'The team finished 4th in the league this season.'), ['3rd→4th (number)']);
	t.deepEqual(sentenceFacts('The team finished 3rd in the league this season.', 'The team finished third in the league this season.'), []);
	const german = 'Der Stadtrat tagte am Dienstag, um über den Haushalt für das kommende Jahr zu beraten.\n\nDer Bürgermeister sagte, die Abstimmung werde im nächsten Monat wiederholt.';
	t.deepEqual(sentenceFacts('Die Mannschaft wurde Dritter in der Liga, sagte Trainer Hans Müller.', 'Die Mannschaft wurde Vierter in der Liga, sagte Trainer Hans Müller.', german), ['Dritter→Vierter (number)']);
	// A share written out is a figure too.
	t.deepEqual(sentenceFacts('Half of the residents voted for the plan in the end.', 'A third of the residents voted for the plan in the end.'), ['Half→third (number)']);
});

test('property: the facts of two texts mirror when the texts are swapped', t => {
	// Names that hold one another ("President" / "President Vladimir Putin" / "President Bashar al-Assad"),
	// family names shared by two people, figures in words and digits, quotations cut or changed.
	const pieces = ['President', 'President Vladimir Putin', 'Vladimir Putin', 'President Bashar al-Assad', 'Bashar Assad', 'Assad', 'Syria', 'Moscow', 'Kari Berg', 'Paul Berg', 'Berg', 'New Mexico', 'Mexico', 'Scholz', 'Habeck', 'eBay', 'Officials', 'said', 'the', 'rebels', 'of', 'in', 'and', 'met', 'twelve', '12', '20', '2015', '3rd', 'third', 'Tuesday', '"we are ready"', '"ready"', '"we refuse"'];
	const sentence = fc.array(fc.constantFrom(...pieces), {minLength: 3, maxLength: 9});
	// An edit: at a place of the sentence, a piece replaced, dropped or added.
	const edit = fc.tuple(fc.nat(), fc.constantFrom('replace', 'drop', 'add'), fc.constantFrom(...pieces));
	const edited = (words: string[], edits: Array<[number, string, string]>) => {
		const out = [...words];
		for (const [at, how, piece] of edits) {
			const place = at % (out.length + 1);
			if (how === 'add') out.splice(place, 0, piece);
			else if (place < out.length) out.splice(place, 1, ...(how === 'replace' ? [piece] : []));
		}
		return out;
	};
	// Every other sentence opens with the pieces (a name opening a sentence, replaced or not), the rest after a fixed opening.
	const write = (sentences: string[][]) => sentences.map((words, index) => (index % 2 === 0 ? `${words.join(' ')} wrote the reporters.` : `Reporters wrote that ${words.join(' ')}.`)).join('\n\n');
	const shown = (facts: ReturnType<typeof compareTexts>['facts'], swapped: boolean) => facts!.map(fact => `${fact.kind}:${swapped ? fact.right : fact.left}→${swapped ? fact.left : fact.right}`).sort();
	fc.assert(
		fc.property(fc.array(fc.tuple(sentence, fc.array(edit, {maxLength: 3})), {minLength: 1, maxLength: 4}), sentences => {
			const left = write(sentences.map(([words]) => words));
			const right = write(sentences.map(([words, edits]) => edited(words, edits)));
			return isDeepStrictEqual(shown(compareTexts(left, right).facts, false), shown(compareTexts(right, left).facts, true));
		}),
		// A fixed seed unless FUZZ_SEED is given (run it with others too: 1700309382 found the swap asymmetry below).
		{numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? 42)},
	);
	t.pass();
});

test('a dollar the writer names is another currency than another named dollar or "$" alone; the same dollar written two ways is one', t => {
	const spend = (amount: string) => `The ministry said it will spend ${amount} over two years on the new bridge.`;
	t.deepEqual(factsInRow(spend('C$5 million'), spend('US$5 million')), ['number:C$5 million→US$5 million']);
	t.deepEqual(factsInRow(spend('$5 million'), spend('A$5 million')), ['number:$5 million→A$5 million']);
	t.deepEqual(factsInRow(spend('$5 million'), spend('HK$5 million')), ['number:$5 million→HK$5 million']);
	t.deepEqual(factsInRow(spend('NZ$5 million'), spend('AUD 5 million')), ['number:NZ$5 million→AUD 5 million']);
	// "$" alone may be any of them: qualifying it is listed, never taken as the same (figure-units.ts).
	t.deepEqual(factsInRow(spend('US$5'), spend('$5')), ['number:US$5→$5']);
	t.deepEqual(factsInRow(spend('HK$5 million'), spend('5 million Hong Kong dollars')), []);
});

test('a currency after the scale and "di" (Italian), "de" (Spanish, Portuguese) or "d\'" (French) is the figure\'s: another currency is a change', t => {
	t.deepEqual(factsInRow('Il costo è di 5 milioni di euro all\'anno per la città.', 'Il costo è di 5 milioni di dollari all\'anno per la città.', 'it'), ['number:5 milioni di euro all\'anno→5 milioni di dollari all\'anno']);
	t.deepEqual(factsInRow('Le coût est de 5 millions d\'euros par an pour la ville.', 'Le coût est de 5 millions de dollars par an pour la ville.', 'fr'), ['number:5 millions d\'euros par an→5 millions de dollars par an']);
	t.deepEqual(factsInRow('El coste es de 5 millones de euros al año para la ciudad.', 'El coste es de 5 millones de dólares al año para la ciudad.', 'es'), ['number:5 millones de euros al año→5 millones de dólares al año']);
	t.deepEqual(factsInRow('O custo é de 5 milhões de reais por ano para a cidade.', 'O custo é de 5 milhões de dólares por ano para a cidade.', 'pt'), ['number:5 milhões de reais por ano→5 milhões de dólares por ano']);
	t.deepEqual(factsInRow('Il costo è di 5 milioni di euro all\'anno per la città.', 'Il costo è di 5 milioni di euro all\'anno per la città!', 'it'), []);
});

// Fresh user (breaker8b) E15: a month's part, a year of two digits, a time on either clock.
const when = (date: string) => `The council met on Tuesday. The vote is on ${date} in the hall, the mayor said. Members argued for hours.`;

test('a part of the month is part of the date: "mid-March" → "mid-April" and "mid-March" → "March" are changed dates', t => {
	t.deepEqual(factsInRow(when('mid-March'), when('mid-April')), ['date:mid-March→mid-April']);
	t.deepEqual(factsInRow(when('mid-March'), when('March')), ['date:mid-March→March']);
	t.deepEqual(factsInRow(when('early March'), when('late March')), ['date:early March→late March']);
	t.deepEqual(factsInRow(when('mid-March'), when('mid-March, they said')), []);
	t.deepEqual(factsInRow('Le conseil s\'est réuni mardi. Le vote aura lieu à la mi-mars, a dit le maire.', 'Le conseil s\'est réuni mardi. Le vote aura lieu à la mi-avril, a dit le maire.', 'fr'), ['date:mi-mars→mi-avril']);
	// German: a month after its part is a date, not a name of two capitalised words.
	t.deepEqual(factsInRow('Der Rat tagte am Dienstag. Die Arbeiten enden Mitte März, sagte der Bürgermeister.', 'Der Rat tagte am Dienstag. Die Arbeiten enden Ende März, sagte der Bürgermeister.', 'de'), ['date:Mitte März→Ende März']);
});

test('a day written with a year of two digits is that day when day and month cannot be swapped ("3/3/25" is 3 March 2025)', t => {
	t.deepEqual(factsInRow(when('3/3/25'), when('3 March 2025')), []);
	t.deepEqual(factsInRow(when('25/3/25'), when('2025-03-25')), []);
	t.deepEqual(factsInRow(when('3/3/25'), when('3 March 1925')), ['date:3/3/25→3 March 1925']);
	// 3 April or 4 March: compared as written.
	t.deepEqual(factsInRow(when('3/4/25'), when('3 April 2025')), ['date:3/4/25→3 April 2025']);
});

test('a time of day is one time on the 24-hour and the 12-hour clock ("21:00" is "9 pm"); another hour is a change', t => {
	t.deepEqual(factsInRow(when('3 March 2025 at 21:00'), when('3 March 2025 at 9 pm')), []);
	t.deepEqual(factsInRow(when('3 March 2025 at 21:00'), when('3 March 2025 at 9:00 p.m.')), []);
	t.deepEqual(factsInRow(when('3 March 2025 at 09:30'), when('3 March 2025 at 9:30 am')), []);
	t.deepEqual(factsInRow(when('3 March 2025 at 21:00'), when('3 March 2025 at 8 pm')), ['date:21:00→8 pm']);
	// "9:30" alone is morning or evening: compared as written.
	t.deepEqual(factsInRow(when('3 March 2025 at 9:30'), when('3 March 2025 at 9:30 pm')), ['date:9:30→9:30 pm']);
	fc.assert(
		fc.property(fc.integer({min: 13, max: 23}), fc.integer({min: 0, max: 59}), fc.integer({min: 1, max: 11}), (hour, minute, shift) => {
			const minutes = String(minute).padStart(2, '0');
			const other = ((hour - 12 + shift - 1) % 12) + 1;
			const same = factsInRow(when(`3 March 2025 at ${hour}:${minutes}`), when(`3 March 2025 at ${hour - 12}:${minutes} pm`));
			const changed = factsInRow(when(`3 March 2025 at ${hour}:${minutes}`), when(`3 March 2025 at ${other}:${minutes} pm`));
			return same.length === 0 && changed.length === 1;
		}),
		{numRuns: 60},
	);
	t.pass();
});

test('a short quotation that lost or gained words is a changed quote, whatever its length; its first word is no name', t => {
	t.deepEqual(sentenceFacts('The jury said: "Not guilty." The judge agreed.', 'The jury said: "Guilty." The judge agreed.'), ['Not guilty.→Guilty. (quote)']);
	t.deepEqual(sentenceFacts('"We pay nothing," said the mayor Hans Miller.', '"We pay," said the mayor Hans Miller.'), ['We pay nothing,→We pay, (quote)']);
	// Cut at words the copy still writes outside the marks: the same quotation.
	t.deepEqual(sentenceFacts('Russia said it "is in contact with all factions" of the opposition.', 'Russia said it is "in contact with all factions" of the opposition.'), []);
});

test('a name opening its sentence replaced by another, the rest of the sentence kept, is a replaced name', t => {
	// The texts write the name inside a sentence elsewhere: evidence that the opener is a name.
	const frame = 'Chancellor Olaf Scholz met the council on Tuesday to discuss the budget.\n\nThe mayor said the vote would be held again next month if needed.';
	t.deepEqual(sentenceFacts('Scholz said on Monday in Berlin that the government would pay.', 'Habeck said on Monday in Berlin that the government would pay.', frame), ['Scholz→Habeck (name)']);
	t.deepEqual(sentenceFacts('McDonald\'s said it would close 50 stores in Ohio.', 'Burger King said it would close 50 stores in Ohio.'), ['McDonald→Burger King (name)']);
	const german = 'Der Stadtrat tagte am Dienstag, um über den Haushalt für das kommende Jahr zu beraten.\n\nDer Bürgermeister sagte, die Abstimmung werde im nächsten Monat wiederholt.';
	const germanFrame = 'Kanzler Olaf Scholz tagte am Dienstag mit dem Stadtrat, um über den Haushalt zu beraten.\n\nDer Bürgermeister sagte, die Abstimmung werde im nächsten Monat wiederholt.';
	t.deepEqual(sentenceFacts('Scholz sagte am Montag in Berlin, die Regierung werde zahlen.', 'Habeck sagte am Montag in Berlin, die Regierung werde zahlen.', germanFrame, 'de'), ['Scholz→Habeck (name)']);
	// A noun after its article is no name in German ("Die Polizei" / "Der Sprecher"), nor a common word the copies write in lower case.
	t.deepEqual(sentenceFacts('Die Polizei sagte am Montag in Berlin, die Regierung werde zahlen.', 'Der Sprecher sagte am Montag in Berlin, die Regierung werde zahlen.', german, 'de'), []);
	t.deepEqual(sentenceFacts('Officials said the vote would be held again, the police said.', 'Police said the vote would be held again, the police said.'), []);
	// The rest of the sentence changed too: a rewording, the opener alone no name.
	t.deepEqual(sentenceFacts('Scholz said on Monday in Berlin that the government would pay.', 'Habeck said on Tuesday in Berlin that the government would pay.', frame).filter(fact => fact.endsWith('(name)')), []);
});

// Fresh user, tenth session: G10. A common noun opening a sentence, replaced by another, was a replaced name.
test('two words opening a sentence replaced one by the other are names only with evidence: the texts write one of them capitalised inside a sentence', t => {
	t.deepEqual(sentenceFacts('Shares fell sharply after the announcement on Monday.', 'Stocks fell sharply after the announcement on Monday.'), []);
	t.deepEqual(sentenceFacts('Officials said the bridge would reopen on Monday.', 'Police said the bridge would reopen on Monday.'), []);
	// Without that evidence a surname alone is not known to be one (the price of the rule), with it it is.
	t.deepEqual(sentenceFacts('Scholz arrived on Monday in Berlin to meet the government.', 'Habeck arrived on Monday in Berlin to meet the government.'), []);
	t.deepEqual(sentenceFacts('Scholz said on Monday in Berlin that the government would pay.', 'Habeck said on Monday in Berlin that the government would pay.', 'The council met on Tuesday to discuss the budget with Robert Habeck.\n\nThe mayor said the vote would be held again next month if needed.'), ['Scholz→Habeck (name)']);
});

test('a name in camel case is a name wherever it stands ("eBay", "iRobot", "easyJet")', t => {
	t.deepEqual(sentenceFacts('Shares of eBay fell sharply on the news, traders said.', 'Shares of iRobot fell sharply on the news, traders said.'), ['eBay→iRobot (name)']);
	t.deepEqual(sentenceFacts('Flights by easyJet were cancelled on Monday, the airport said.', 'Flights by Ryanair were cancelled on Monday, the airport said.'), ['easyJet→Ryanair (name)']);
	t.true(factsOf('eBay said it would cut jobs.').some(found => found.kind === 'name' && found.text === 'eBay'));
});

test('a number written in several words is not read word by word: its first word alone is another number ("twenty-five" is not "twenty")', t => {
	const frame = (words: string) => `The council met on Tuesday to discuss the budget.\n\nThe council approved ${words} new homes on Monday, officials said.\n\nThe mayor said the vote would be held again.`;
	const numbers = (a: string, b: string) => compareTexts(frame(a), frame(b)).facts!.filter(fact => fact.kind === 'number').map(fact => `${fact.left}→${fact.right}`);
	for (const written of ['twenty-five', 'two hundred', 'three hundred and fifty', 'vingt-cinq']) t.false(numbers(written, '25').some(fact => fact.startsWith(`${written.split(/[- ]/)[0]}→`)), written);
	// One number word in a compound is read: "seven-year-old" is 7.
	t.deepEqual(numbers('seven-year-old', '7-year-old'), []);
	t.deepEqual(numbers('six', 'seven'), ['six→seven']);
});

// Found by the property above (ninth session, seed 1700309382): names swapped in place were found where one order
// stood on the left and not on the right, so a pair written once each way on one side and once on the other was two
// replaced names one way and none the other; now counted alike both ways (swappedNames).
test('the facts of two texts mirror when a sentence-opening name trades places with a later one', t => {
	const left = 'President President President wrote the reporters.\n\nReporters wrote that Kari Berg "we are ready" President "we are ready" Kari Berg Tuesday.';
	const right = 'President President President wrote the reporters.\n\nReporters wrote that Kari Berg in President "we are ready" Kari Berg Tuesday.';
	const shown = (facts: ReturnType<typeof compareTexts>['facts'], swapped: boolean) => facts!.map(fact => `${fact.kind}:${swapped ? fact.right : fact.left}→${swapped ? fact.left : fact.right}`).sort();
	t.deepEqual(shown(compareTexts(left, right).facts, false), shown(compareTexts(right, left).facts, true));
});

// Fresh user, tenth session: G19. A scale and a unit after a number word belong to its figure, as after digits.
test('a number word keeps the scale and the currency written after it: "five million euros" → "five billion euros" is a changed figure', t => {
	const pledge = (amount: string) => `The government pledged ${amount} to the flood victims on Tuesday, officials said.`;
	t.deepEqual(sentenceFacts(pledge('five million euros'), pledge('five billion euros')), ['five million euros→five billion euros (number)']);
	t.deepEqual(sentenceFacts(pledge('five million euros'), pledge('five million dollars')), ['five million euros→five million dollars (number)']);
	t.deepEqual(sentenceFacts(pledge('five million euros'), pledge('5 million euros')), []);
	t.deepEqual(sentenceFacts(pledge('five million euros'), pledge('€5m')), []);
	// French writes the scale in the plural, itself a number word ("millions"): still the figure's scale.
	const french = 'Le conseil municipal s\'est réuni mardi pour discuter du budget de l\'année prochaine.\n\nLe maire a dit que le vote aurait lieu le mois prochain si nécessaire.';
	t.deepEqual(sentenceFacts('Le gouvernement a promis cinq millions d\'euros aux victimes.', 'Le gouvernement a promis cinq milliards d\'euros aux victimes.', french, 'fr'), ['cinq millions d\'euros→cinq milliards d\'euros (number)']);
	// A number that goes on past its scale is a number of several words, left unread: never its first words alone.
	t.deepEqual(sentenceFacts('Le gouvernement a promis deux mille cinq cents euros aux victimes.', 'Le gouvernement a promis 2 500 euros aux victimes.', french, 'fr'), []);
	t.deepEqual(sentenceFacts(pledge('two thousand five hundred euros'), pledge('2,500 euros')), []);
});

// Fresh user, tenth session: French "sept jours" → "huit jours" was a removed date "sept" (CLDR's short month "sept.").
test('a short month or weekday name alone, without its stop, its day or a year, is not a date', t => {
	const french = 'Le conseil municipal s\'est réuni mardi pour discuter du budget de l\'année prochaine.\n\nLe maire a dit que le vote aurait lieu le mois prochain si nécessaire.';
	t.deepEqual(sentenceFacts('Les secours ont cherché pendant sept jours dans la montagne.', 'Les secours ont cherché pendant huit jours dans la montagne.', french, 'fr'), ['sept jours→huit jours (number)']);
	t.deepEqual(factsOf('Il reviendra en sept. prochain, a-t-il dit.', 'fr').map(item => `${item.kind}:${item.text}`), ['date:sept']);
	t.deepEqual(factsOf('The Sun reported the deal in Sept 2025 and the vote on Tues. next week.').map(item => `${item.kind}:${item.text}`), ['date:2025', 'date:next week', 'name:Sun', 'date:Sept', 'date:Tues']);
	t.deepEqual(factsOf('Caminaron junto al mar durante horas.', 'es'), []);
	// German "so" was Sunday ("So."), "Di" Tuesday.
	t.deepEqual(factsOf('Das ist so gut, sagte er.', 'de'), []);
	// Beside another weekday or month, a short form is one of a list: "Mon–Fri", "Mo – Fr", an archive's "Dec Nov".
	t.deepEqual(factsOf('The office is open Mon–Fri and closed on holidays.').map(item => `${item.kind}:${item.text}`), ['date:Mon', 'date:Fri']);
	t.deepEqual(factsOf('Wir haben Mo – Fr geöffnet, sagte sie.', 'de').map(item => `${item.kind}:${item.text}`), ['date:Mo', 'date:Fr']);
});

// Fresh user, tenth session: G17. "in march" → "in april" was missed once lower-case English months were made no dates ("may comment").
test('a lower-case English month is a date by its place: after a preposition of time with no noun after it, or before a year; "may" never', t => {
	t.deepEqual(sentenceFacts('The plant will reopen in march after repairs, the company said.', 'The plant will reopen in april after repairs, the company said.'), ['march→april (date)']);
	t.deepEqual(sentenceFacts('The plant will reopen by march 2026, the company said.', 'The plant will reopen by june 2026, the company said.'), ['march→june (date)']);
	t.deepEqual(sentenceFacts('Officials may comment on the plan later, the company said.', 'Officials will comment on the plan later, the company said.'), []);
	t.deepEqual(factsOf('The plant will reopen in may, and officials may comment.'), []);
	t.deepEqual(factsOf('Thousands will march to the capital, and the protesters in march formation sang.'), []);
});

// Fresh user, tenth session: G1. A figure replaced in short sentences the alignment leaves unpaired was not listed.
test('a figure replaced in the same place of a short passage left unpaired (removed sentences on one side, added ones on the other) is a changed figure', t => {
	const frame = 'A bus carrying pilgrims overturned near Kandy on Tuesday.';
	const texts = (middle: string) => `${frame}\n\n${middle}\n\n${frame}`;
	// The rows as an aligner that pairs neither sentence gives them: the frame paired, the middle removed and added.
	const rowsOf = (left: string, right: string): Row[] => {
		const [l, r] = [texts(left), texts(right)];
		const span = (text: string, part: string, from = 0) => ({start: text.indexOf(part, from), end: text.indexOf(part, from) + part.length});
		return [
			{kind: 'same', left: span(l, frame), right: span(r, frame), similarity: 1, ops: []},
			{kind: 'removed', left: span(l, left), right: null, similarity: 0, ops: []},
			{kind: 'added', left: null, right: span(r, right), similarity: 0, ops: []},
			{kind: 'same', left: span(l, frame, 10), right: span(r, frame, 10), similarity: 1, ops: []},
		];
	};
	const facts = (left: string, right: string) => changedFacts(texts(left), texts(right), rowsOf(left, right)).map(fact => `${fact.left}→${fact.right}@${fact.row}`);
	t.deepEqual(facts('At least 12 people died.', 'By dawn at least 20 people perished.'), ['12→20@1']);
	t.deepEqual(facts('In all twelve people died.', 'By dawn in all twenty people perished.'), ['twelve→twenty@1']);
	// Figures of sentences that say other things (not the same words either side of them), or one only dropped, are no change.
	t.deepEqual(facts('The 20th Games ended.', 'Australia won 58 gold medals.'), []);
	t.deepEqual(facts('De Villiers made 57 runs not out.', 'South Africa reached 221 runs in 40 overs.'), []);
	t.deepEqual(facts('At least 12 people died.', 'Many people perished.'), []);
});

// Fresh user, tenth session: H14, H15. A place's name opening a sentence with "New", and a company or party opening it.
test('a place name opening a sentence with a word that opens place names ("New Delhi", "NEW YORK") is that name, replaced whole', t => {
	t.deepEqual(sentenceFacts('New Delhi said on Tuesday it would retaliate.', 'Beijing said on Tuesday it would retaliate.'), ['New Delhi→Beijing (name)']);
	t.deepEqual(sentenceFacts('Islamabad said on Tuesday it would retaliate.', 'New Delhi said on Tuesday it would retaliate.'), ['Islamabad→New Delhi (name)']);
	t.deepEqual(sentenceFacts('Washington, March 3 (Reuters) - The Senate voted to raise the limit.', 'New York, March 3 (Reuters) - The Senate voted to raise the limit.'), ['Washington→New York (name)']);
	t.deepEqual(sentenceFacts('WASHINGTON (AP) — The Senate voted to raise the limit.', 'NEW YORK (AP) — The Senate voted to raise the limit.'), ['WASHINGTON→NEW YORK (name)']);
	t.deepEqual(sentenceFacts('New figures show the economy grew.', 'Fresh figures show the economy grew.'), []);
});

test('an opener in the singular that a verb of speech follows names who spoke ("Apple said" / "Microsoft said"); a name after its article is replaced with it', t => {
	t.deepEqual(sentenceFacts('Apple said on Friday it would cut prices.', 'Microsoft said on Friday it would cut prices.'), ['Apple→Microsoft (name)']);
	t.deepEqual(sentenceFacts('The Tories won the seat on Thursday.', 'Labour won the seat on Thursday.'), ['Tories→Labour (name)']);
	// Plural common nouns open sentences bare ("Shares fell", "Officials said"): no names.
	t.deepEqual(sentenceFacts('Officials said the bridge would reopen on Monday.', 'Analysts said the bridge would reopen on Monday.'), []);
	t.deepEqual(sentenceFacts('Inflation rose on Monday in Berlin.', 'Unemployment rose on Monday in Berlin.'), []);
	// A singular common noun opens a sentence with its article: "The company" is no name.
	t.deepEqual(sentenceFacts('The company said on Friday it would cut prices.', 'Microsoft said on Friday it would cut prices.'), []);
});

// Fresh user, tenth session: H2, H5, H6. Figures written out: a unit changed beside them, a sign word before them, a half.
test('a figure written out keeps a sign word before it and a half with it: "minus five" is −5, "one and a half million" 1.5 million', t => {
	const at = (figure: string) => `Temperatures fell to ${figure} overnight, forecasters said.`;
	t.deepEqual(sentenceFacts(at('minus 5'), at('minus five')), []);
	t.deepEqual(sentenceFacts(at('-5 degrees'), at('minus five degrees')), []);
	t.deepEqual(sentenceFacts(at('minus 5 degrees'), at('five degrees')), ['minus 5 degrees→five degrees (number)']);
	t.deepEqual(sentenceFacts(at('minus five degrees'), at('minus six degrees')), ['minus five degrees→minus six degrees (number)']);
	// "au moins" is "at least", no sign.
	t.deepEqual(sentenceFacts('Il y a eu au moins 5 morts, selon la police.', 'Il y a eu au moins cinq morts, selon la police.', undefined, 'fr'), []);
	const crowd = (figure: string) => `It was ${figure} people, the organisers said.`;
	t.deepEqual(sentenceFacts(crowd('1.5 million'), crowd('one and a half million')), []);
	t.deepEqual(sentenceFacts(crowd('2.5 million'), crowd('two and a half million')), []);
	t.deepEqual(sentenceFacts(crowd('1.5 million'), crowd('one-and-a-half million')), []);
	t.deepEqual(sentenceFacts(crowd('half a million'), crowd('500,000')), []);
	t.deepEqual(sentenceFacts(crowd('half a million'), crowd('two million')), ['half a million→two million (number)']);
	t.deepEqual(sentenceFacts(crowd('one and a half million'), crowd('two and a half million')), ['one and a half million→two and a half million (number)']);
	// A unit word after a figure written out is its unit, never a name.
	t.false(factsOf('It fell to minus five degrees Celsius overnight.').some(found => found.kind === 'name'));
	// The unit changed beside a number word, with no digit in the sentence.
	t.deepEqual(sentenceFacts('He was jailed for five years.', 'He was jailed for five months.'), ['five years→five months (number)']);
});

// Fresh user, tenth session: G5. "08/09/2025" reads two ways; the pair's other slash dates may tell which.
test('a slash date that reads two ways reads as the pair\'s other slash dates do, when they read one way only', t => {
	const frame = (order: string) => `The council met on ${order} to discuss the budget for the coming year.\n\nThe mayor said the vote would be held again next month if needed.`;
	const vote = (date: string) => `The vote was set for ${date}, officials said on Monday.`;
	// Day first elsewhere ("25/12/2024"): "08/09/2025" is 8 September 2025.
	t.deepEqual(sentenceFacts(vote('8 September 2025'), vote('08/09/2025'), frame('25/12/2024')), []);
	t.deepEqual(sentenceFacts(vote('9 August 2025'), vote('08/09/2025'), frame('25/12/2024')), ['9 August 2025→08/09/2025 (date)']);
	// Month first elsewhere ("12/25/2024"): 9 August 2025.
	t.deepEqual(sentenceFacts(vote('9 August 2025'), vote('08/09/2025'), frame('12/25/2024')), []);
	// No other slash date, or some of each order: it keeps both readings, compared as written.
	t.deepEqual(sentenceFacts(vote('8 September 2025'), vote('08/09/2025')), ['8 September 2025→08/09/2025 (date)']);
	t.deepEqual(sentenceFacts(vote('8 September 2025'), vote('08/09/2025'), frame('25/12/2024 and 12/25/2024')), ['8 September 2025→08/09/2025 (date)']);
});

// Fresh user, tenth session: H3. British copy quotes in single marks.
test('a quotation in single marks (‘…’, and \'…\' where it is no apostrophe) is a quote fact; apostrophes inside words are none', t => {
	t.deepEqual(sentenceFacts('‘We will not resign,’ the minister said.', '‘We will resign,’ the minister said.'), ['We will not resign,→We will resign, (quote)']);
	t.deepEqual(sentenceFacts('The minister said it was ‘a disaster’ for the city.', 'The minister said it was ‘a success’ for the city.'), ['a disaster→a success (quote)']);
	t.deepEqual(sentenceFacts('The workers\' union said it was \'a disaster\' for the city.', 'The workers\' union said it was \'a success\' for the city.'), ['a disaster→a success (quote)']);
	t.deepEqual(factsOf('It\'s the workers’ view that don\'t matter, he said.').filter(found => found.kind === 'quote'), []);
	// Inside a quotation in double marks, one in single marks is part of it, not a second fact.
	t.deepEqual(factsOf('He said: "They called it \'a disaster\' for the city."').filter(found => found.kind === 'quote').map(found => found.text), ['They called it \'a disaster\' for the city.']);
	// The word after an opening single mark opens a sentence: no name.
	t.false(factsOf('The minister said ‘We will stay’ on Monday.').some(found => found.kind === 'name' && found.text === 'We'));
});

// Fresh user, tenth session: H10. A one-word change that turns a figure over or names another time is a fact.
test('"no" before a noun is zero, a verb of direction gives a figure its sign, and noon and midnight are clock times', t => {
	t.deepEqual(sentenceFacts('The plant had no fire exits, inspectors said.', 'The plant had two fire exits, inspectors said.'), ['no→two (number)']);
	// "no" before "some" is no figure, but the sentence now says the opposite: a negation (polarity.ts).
	t.deepEqual(sentenceFacts('There were no injuries, police said.', 'There were some injuries, police said.'), ['There were no injuries→There were some injuries (negation)']);
	t.deepEqual(sentenceFacts('Sales rose 5 percent to 3.2 billion euros.', 'Sales fell 5 percent to 3.2 billion euros.'), ['rose 5 percent→fell 5 percent (number)']);
	t.deepEqual(sentenceFacts('Sales rose 5 percent to 3.2 billion euros.', 'Sales grew by 5 percent to 3.2 billion euros.'), []);
	// "to" names the level reached, not the change: no figure's sign; the trend reversed is a negation (polarity.ts reversalFacts).
	t.deepEqual(sentenceFacts('Sales rose to 5 percent of the market.', 'Sales fell to 5 percent of the market.'), ['Sales rose to→Sales fell to (negation)']);
	t.deepEqual(sentenceFacts('The meeting starts at noon on Monday.', 'The meeting starts at midnight on Monday.'), ['noon→midnight (date)']);
	t.deepEqual(sentenceFacts('The meeting starts at noon on Monday.', 'The meeting starts at 12 p.m. on Monday.'), []);
	const left = `${'The council met on Tuesday to discuss the budget for the coming year.'}\n\nThe plant had no fire exits, inspectors said.\n\nThe mayor said the vote would be held again next month if needed.`;
	t.is(compareTexts(left, left.replace('no fire', 'two fire')).relation, 'edited');
});

// Fresh user, tenth session: H11. French clock times.
test('a French clock time ("9h30", "9 h 30", "à 21h") is one time, keyed as "9:30" is; "24h" alone stays a number', t => {
	const fr = (time: string) => `L'incendie s'est déclaré à ${time} lundi, selon les pompiers.`;
	t.deepEqual(sentenceFacts(fr('9h30'), fr('9h45'), undefined, 'fr'), ['9h30→9h45 (date)']);
	t.deepEqual(sentenceFacts(fr('9h30'), fr('21h30'), undefined, 'fr'), ['9h30→21h30 (date)']);
	t.deepEqual(sentenceFacts(fr('9h30'), fr('9 h 30'), undefined, 'fr'), []);
	t.deepEqual(sentenceFacts(fr('21h'), fr('22h'), undefined, 'fr'), ['21h→22h (date)']);
	t.deepEqual(sentenceFacts('The fire broke out at 9:30 a.m. on Monday.', 'The fire broke out at 9h30 on Monday.'), []);
	t.deepEqual(figuresOf('une grève de 24h', 'fr').map(found => found.kind), ['number']);
});

// Fresh user, tenth session: H19, H27.
test('an altered quotation in a sentence paired word by word caps the copy at edited, as a changed figure does', t => {
	const frame = (said: string) => `The council met on Tuesday to discuss the budget for the coming year.\n\n${said} the minister said after the vote.\n\nThe mayor said the vote would be held again next month if needed.`;
	const result = compareTexts(frame('“We will not resign,”'), frame('“We will resign,”'));
	t.deepEqual(result.facts!.map(fact => fact.kind), ['quote']);
	t.is(result.relation, 'edited');
});

test('South Asian currencies and Swiss francs are currencies: "Tk 200,000" → "Rs 200,000" is one changed figure, "200,000 taka" is "Tk 200,000"', t => {
	const paid = (amount: string) => `The factory paid ${amount} in fines, the court said.`;
	t.deepEqual(sentenceFacts(paid('Tk 200,000'), paid('Rs 200,000')), ['Tk 200,000→Rs 200,000 (number)']);
	t.deepEqual(sentenceFacts(paid('200,000 taka'), paid('Tk 200,000')), []);
	t.deepEqual(sentenceFacts(paid('৳200,000'), paid('BDT 200,000')), []);
	t.deepEqual(sentenceFacts(paid('Rs 5 crore'), paid('$5 crore')), ['Rs 5 crore→$5 crore (number)']);
	t.deepEqual(sentenceFacts(paid('5,000 Swiss francs'), paid('CHF 5,000')), []);
	t.deepEqual(sentenceFacts(paid('5,000 Swiss francs'), paid('5,000 euros')), ['5,000 Swiss francs→5,000 euros (number)']);
});

test('a quotation gone from one sentence but quoted elsewhere in the other copy did not change (a headline run into the first paragraph); "no" is zero only in a sentence paired word by word', t => {
	const left = 'Storm brings us \'Amaro\' tinged photos of the city\n\nStorm brings us \'Amaro\' tinged photos of the city. The site collects pictures of the storm sent in by readers, its editor said on Monday.';
	const right = 'Storm brings us ‘Amaro’ tinged photos of the city\n\nThe site collects pictures of the storm sent in by readers, its editor said on Monday.';
	t.deepEqual(compareTexts(left, right).facts!.filter(fact => fact.kind === 'quote'), []);
	const rows: Row[] = [{kind: 'changed', left: {start: 0, end: 40}, right: {start: 0, end: 47}, similarity: 0.2, ops: [], rewritten: true}];
	t.deepEqual(changedFacts('The page has no links to others at all.', 'There are four different types of links here.', rows).filter(fact => fact.left === 'no'), []);
});

// Fresh user, tenth session: H26. A quotation over several paragraphs opens each and closes only the last.
test('a sentence of a quotation that runs on past it (opened and not closed, or closed and not opened) is a quote fact', t => {
	const frame = (said: string) => `The minister spoke to reporters on Monday after visiting the site of the fire.\n\n"We have inspected every factory in the capital and closed those that ${said}. We did not find any building without fire exits.\n\n"The owners who break the rules will be punished," he said.`;
	t.deepEqual(compareTexts(frame('failed'), frame('passed')).facts!.map(fact => `${fact.left}→${fact.right}`), ['We have inspected every factory in the capital and closed those that failed.→We have inspected every factory in the capital and closed those that passed.']);
	t.deepEqual(factsOf('The owners will be punished and named,” he said.').filter(found => found.kind === 'quote').map(found => found.text), ['The owners will be punished and named,']);
	// An inch mark after a figure is no closing mark.
	t.deepEqual(factsOf('The screen measures 15" across, the firm said.').filter(found => found.kind === 'quote'), []);
});

// Fresh user, tenth session: H2 ("a dozen" → "two dozen" missed), and numbers of several words read whole.
test('a count times a multiplier is one figure ("two dozen" is 24, "three hundred" 300, "half a dozen" 6); "and" inside a number is no list ("three hundred and fifty" is not fifty)', t => {
	const hired = (count: string) => `The firm hired ${count} workers at the plant, it said.`;
	t.deepEqual(sentenceFacts(hired('a dozen'), hired('two dozen')), ['dozen→two dozen (number)']);
	t.deepEqual(sentenceFacts(hired('two dozen'), hired('24')), []);
	t.deepEqual(sentenceFacts(hired('three hundred'), hired('four hundred')), ['three hundred→four hundred (number)']);
	t.deepEqual(sentenceFacts(hired('two thousand'), hired('2,000')), []);
	t.deepEqual(sentenceFacts(hired('half a dozen'), hired('six')), []);
	// Invented before: "fifty" read alone against 350, "half" against six.
	t.deepEqual(sentenceFacts(hired('three hundred and fifty'), hired('350')), []);
	t.deepEqual(sentenceFacts(hired('three hundred'), hired('three hundred and fifty')), []);
	// Two numbers of a list stay two.
	t.deepEqual(sentenceFacts(hired('six and seven'), hired('6 and 8')), ['seven→8 (number)']);
});

test('a stray quotation mark after closed quotations is no running quotation around them', t => {
	t.deepEqual(factsOf('For example a "cow" is a kind of "animal" and so are "pigs" & cheaters" he wrote.').filter(found => found.kind === 'quote').map(found => found.text), ['cow', 'animal', 'pigs']);
});

test('a quotation whose words are the same (a dash lost to a bad encoding) does not cap the copy', t => {
	const frame = (dash: string) => `The council met on Tuesday to discuss the budget for the coming year.\n\n"The rescue was successful ${dash} but it was a real cliffhanger," the chief said after the vote.\n\nThe mayor said the vote would be held again next month if needed.`;
	t.not(compareTexts(frame('—'), frame('\uFFFD')).relation, 'edited');
});

// Eleventh session: stopwords-iso's English list (Glasgow's, for indexing abstracts) holds "microsoft" and "netscape",
// so a brand opening a sentence was a function word, never a name. The function words are Snowball's closed-class list now.
test('a name opening a sentence keeps a first word stopwords-iso held ("Bill Gates"), and a company is a name where the texts name it inside a sentence ("Apple shares fell 3%" / "Microsoft shares fell 3%")', t => {
	const frame = 'Technology stocks led the market lower on Friday, with Apple and Microsoft among the biggest losers.\n\nThe index closed down 1.2% for the week.';
	t.deepEqual(sentenceFacts('Apple shares fell 3% on Friday.', 'Microsoft shares fell 3% on Friday.', frame), ['Apple→Microsoft (name)']);
	t.deepEqual(sentenceFacts('Microsoft shares fell 3% on Friday.', 'Apple shares fell 3% on Friday.', frame), ['Microsoft→Apple (name)']);
	t.deepEqual(sentenceFacts('Netscape said on Friday it would cut prices.', 'Opera said on Friday it would cut prices.'), ['Netscape→Opera (name)']);
	// A first name stopwords-iso counted a function word ("bill") is the name's, not an opening word to leave out.
	t.deepEqual(sentenceFacts('Bill Gates said on Friday it would cut prices.', 'Steve Jobs said on Friday it would cut prices.'), ['Bill Gates→Steve Jobs (name)']);
	t.deepEqual(sentenceFacts('Interest Capital said on Friday it would cut prices.', 'Orion Capital said on Friday it would cut prices.'), ['Interest Capital→Orion Capital (name)']);
	// Without such evidence a capital opening a sentence says nothing, as before: "Shares fell" / "Stocks fell".
	t.deepEqual(sentenceFacts('Shares fell 3% on Friday.', 'Stocks fell 3% on Friday.'), []);
});

// Fresh user, eleventh session: J28. A name in "s" opening a sentence before a verb of speech was taken for a plural.
test('a name ending in "s" that a verb of speech follows, replaced by one in the singular, is a replaced speaker ("Reuters said" / "Bloomberg said")', t => {
	t.deepEqual(sentenceFacts('Reuters said the plant would close on Monday.', 'Bloomberg said the plant would close on Monday.'), ['Reuters→Bloomberg (name)']);
	t.deepEqual(sentenceFacts('Siemens said the plant would close on Monday.', 'Bosch said the plant would close on Monday.'), ['Siemens→Bosch (name)']);
	t.deepEqual(sentenceFacts('Ohio said the plant would close on Monday.', 'Texas said the plant would close on Monday.'), ['Ohio→Texas (name)']);
	// Two plurals, or a plural and a collective noun ("Police"), are reworded common nouns.
	t.deepEqual(sentenceFacts('Analysts said the plant would close on Monday.', 'Economists said the plant would close on Monday.'), []);
	t.deepEqual(sentenceFacts('Officials said the plant would close on Monday.', 'Police said the plant would close on Monday.'), []);
	t.deepEqual(sentenceFacts('Staff said the plant would close on Monday.', 'Workers said the plant would close on Monday.'), []);
});

// Twelfth session: two names in "s" were taken for two plurals (breaker11 J28's rest).
test('two names ending in "s" that a verb of speech follows are a replaced speaker ("Lloyds said" / "Barclays said"); two plural nouns of the lexicon are not', t => {
	t.deepEqual(sentenceFacts('Lloyds said the plant would close on Monday.', 'Barclays said the plant would close on Monday.'), ['Lloyds→Barclays (name)']);
	t.deepEqual(sentenceFacts('Reuters said the plant would close on Monday.', 'Siemens said the plant would close on Monday.'), ['Reuters→Siemens (name)']);
	t.deepEqual(sentenceFacts('Residents said the plant would close on Monday.', 'Protesters said the plant would close on Monday.'), []);
	t.deepEqual(sentenceFacts('Prosecutors said the plant would close on Monday.', 'Investigators said the plant would close on Monday.'), []);
});

test('the English plural nouns are what the Brill lexicon gives (scripts/english-plural-nouns.ts)', t => {
	t.is(englishPluralNouns, englishPluralNounCandidates(brill).join(' '));
	const words = new Set(englishPluralNouns.split(' '));
	for (const word of ['analysts', 'officials', 'residents', 'witnesses']) t.true(words.has(word), word);
	for (const word of ['lloyds', 'barclays', 'reuters', 'siemens', 'texas']) t.false(words.has(word), word);
});

// Fresh user, eleventh session: J23. An ordinal before "quarter" or "half" was read as going on into a fraction, and left unread.
test('an ordinal before "quarter" or "half" is which part of a period: "third-quarter" / "fourth-quarter" and "first half" / "second half" are changed figures', t => {
	t.deepEqual(sentenceFacts('The company reported a third-quarter loss on Monday.', 'The company reported a fourth-quarter loss on Monday.'), ['third→fourth (number)']);
	t.deepEqual(sentenceFacts('The company reported its loss in the first quarter on Monday.', 'The company reported its loss in the second quarter on Monday.'), ['first→second (number)']);
	t.deepEqual(sentenceFacts('Profit rose in the first half of the year, officials said.', 'Profit rose in the second half of the year, officials said.'), ['first→second (number)']);
	// The same part written another way, and a fraction, are no change of part.
	t.deepEqual(sentenceFacts('The company reported a third-quarter loss on Monday.', 'The company reported a third quarter loss on Monday.'), []);
	t.deepEqual(sentenceFacts('Three quarters of the workers were hurt, officials said.', 'Three quarters of the staff were hurt, officials said.'), []);
});

// Fresh user, eleventh session: J29. "jumped" / "slumped": a verb of direction not read gave the figure no sign.
test('the verbs of direction include the markets\' words ("jumped" / "slumped", "rallied" / "plummeted"); "no one" / "one" is a negation', t => {
	t.deepEqual(sentenceFacts('Sales jumped 5 percent, officials said.', 'Sales slumped 5 percent, officials said.'), ['jumped 5 percent→slumped 5 percent (number)']);
	t.deepEqual(sentenceFacts('Shares rallied 5 percent on Monday.', 'Shares plummeted 5 percent on Monday.'), ['rallied 5 percent→plummeted 5 percent (number)']);
	// Two words of one direction are a rewording.
	t.deepEqual(sentenceFacts('Shares slumped 5 percent on Monday.', 'Shares dipped 5 percent on Monday.'), []);
	t.deepEqual(sentenceFacts('No one was hurt in the fire, officials said.', 'One person was hurt in the fire, officials said.'), ['No one→One (negation)']);
});

// Fresh user, eleventh session: J20. "a thousand", "a million" and "twenty-one" were unread: the digits the other side writes were dropped or added figures.
test('"a" before "thousand" or "million" counts one, and tens and units joined by a hyphen are their sum: "a thousand" is 1,000, "twenty-one" 21', t => {
	const at = (figure: string) => `The fire killed ${figure} on Monday, police said.`;
	t.deepEqual(sentenceFacts(at('1,000 workers'), at('a thousand workers')), []);
	t.deepEqual(sentenceFacts(at('1 million chickens'), at('a million chickens')), []);
	t.deepEqual(sentenceFacts(at('twenty-one workers'), at('21 workers')), []);
	t.deepEqual(sentenceFacts(at('21,000 chickens'), at('twenty-one thousand chickens')), []);
	// Another value is a changed figure.
	t.deepEqual(sentenceFacts(at('2,000 workers'), at('a thousand workers')), ['2,000→a thousand (number)']);
	t.deepEqual(sentenceFacts(at('twenty-one workers'), at('22 workers')), ['twenty-one→22 (number)']);
	// "a" before anything else is no count.
	t.deepEqual(sentenceFacts(at('a worker'), at('one worker')), []);
});

// Fresh user, eleventh session: J17. A quotation of one short word was none, and a closing mark opened the text between two quotations.
test('a quotation however short between typographic marks is one ("no" / "yes"), and marks pair open with close: the text between two quotations is none', t => {
	t.deepEqual(sentenceFacts('He said “no” to the plan on Monday, officials said.', 'He said “yes” to the plan on Monday, officials said.'), ['no→yes (quote)']);
	t.deepEqual(sentenceFacts('He said “no” when asked, and then said “no” again to reporters.', 'He said “no” when asked, and then said “yes” again to reporters.'), ['no→yes (quote)']);
	t.deepEqual(sentenceFacts('He said “yes” when asked, and then said “yes” again to reporters.', 'He said “no” when asked, and then said “yes” again to reporters.'), ['yes→no (quote)']);
	t.deepEqual(factsOf('He said “yes” when asked, and then said “no” again.').filter(found => found.kind === 'quote').map(found => found.text), ['yes', 'no']);
	// A closing mark with a space after it opens nothing: no quotation runs from it to the next one.
	t.deepEqual(factsOf('“We will go,” he said, adding: “Now.”').filter(found => found.kind === 'quote').map(found => found.text), ['We will go,', 'Now.']);
});

// Fresh user, eleventh session: J24. Relative dates other than yesterday, today and tomorrow were no dates.
test('a relative date ("last week", "this year", "this morning", a season) replaced by another is a changed date; one only dropped or added is none', t => {
	const at = (when: string) => `The plant was inspected ${when}, officials said.`;
	t.deepEqual(sentenceFacts(at('last week'), at('last month')), ['last week→last month (date)']);
	t.deepEqual(sentenceFacts(at('last year'), at('this year')), ['last year→this year (date)']);
	t.deepEqual(sentenceFacts(at('this morning'), at('this evening')), ['this morning→this evening (date)']);
	t.deepEqual(sentenceFacts(at('in the spring'), at('in the autumn')), ['in the spring→in the autumn (date)']);
	// One season written two ways, and a relative date said another way, are rewording.
	t.deepEqual(sentenceFacts(at('this autumn'), at('in the fall')), []);
	t.deepEqual(sentenceFacts(at('last year'), at('recently')), []);
});

test('a title or initial written with its full stop changed is a changed name, as without the stop: "Mr. Smith" → "Mrs. Smith" (breaker12 K7)', t => {
	const article = (who: string) => `Officials gave an update\n\nThe regional government published its weekly report on the situation in the northern provinces this morning.\n\nThe plant will be closed, said ${who}, the company chief executive.\n\nAid agencies said they were preparing for further deliveries in the coming days and weeks ahead.\n`;
	for (const [before, after] of [['Mr. Smith', 'Mrs. Smith'], ['Mr. Smith', 'Dr. Smith'], ['Gen. Smith', 'Col. Smith'], ['J. Smith', 'K. Smith'], ['Mr Smith', 'Mrs Smith']] as const) {
		t.deepEqual(factsBetween(article(before), article(after)), [`name:${before.replace('.', '')}→${after.replace('.', '')}`], `${before} → ${after}`);
	}
	// The same name with and without its stop is no change.
	t.deepEqual(factsBetween(article('Mr. Smith'), article('Mr Smith')), []);
	t.true(mentions('said Mr. Smith, the chief', 'Mr Smith'));
});

test('a decomposed accent is the accented letter in names and quotations: "Zu\u0308rich" is "Zürich", no fact (breaker12 K10)', t => {
	const article = (place: string, cafe: string, toll: number) => `The final figures\n\nThe final toll was ${toll} people in the fire at ${place}, said ${cafe} owner Nguyễn.\n\nAnother paragraph about the flood.\n`;
	t.deepEqual(factsBetween(article('Zürich', 'Café', 12), article('Zu\u0308rich', 'Cafe\u0301', 21)), ['number:12→21']);
	t.deepEqual(factsBetween(article('Zürich', 'Café', 12), article('Zu\u0308rich', 'Cafe\u0301', 12)), []);
	// A changed place is still a change, whichever form writes it.
	t.deepEqual(factsBetween(article('Zürich', 'Café', 12), article('Lu\u0308beck', 'Cafe\u0301', 21)), ['number:12→21', 'name:Zürich→Lu\u0308beck']);
	t.true(mentions('the fire at Zu\u0308rich', 'Zürich'));
});

test('a given name written as its initial is the same name: "B. Assad" / "President Bashar al-Assad", and a later "Mr. Assad" no added name', t => {
	const article = (sentence: string) => `Talks in the capital\n\nThe regional government published its weekly report on the situation in the northern provinces this morning.\n\n${sentence}\n\nAid agencies said they were preparing for further deliveries in the coming days and weeks ahead.\n`;
	t.deepEqual(factsBetween(article('After talks between K. Marwan and the envoys, he agreed to step down, the office said.'), article('After talks between President Karim al-Marwan and the envoys, he agreed to step down, the office said. Officials did not say where Mr. Marwan was.')), []);
	t.deepEqual(factsBetween(article('The plan was signed by J. F. Dalton on Monday.'), article('The plan was signed by John Francis Dalton on Monday.')), []);
	t.deepEqual(factsBetween(article('The plan was signed by Helen Dalton on Monday.'), article('The plan was signed by H. Dalton on Monday.')), []);
	// A title before the initial too (breaker19 N2).
	t.deepEqual(factsBetween(article('The plan was signed by President Karim al-Marwan on Monday.'), article('The plan was signed by President K. Marwan on Monday.')), []);
	t.deepEqual(factsBetween(article('The plan was signed by Karim al-Marwan on Monday.'), article('The plan was signed by President K. Marwan on Monday.')), []);
	t.deepEqual(factsBetween(article('The plan was signed by President Karim al-Marwan on Monday.'), article('The plan was signed by Mr. K. Marwan on Monday.')), []);
	t.deepEqual(factsBetween(article('The plan was signed by President Helen Dalton on Monday.'), article('The plan was signed by President H. Dalton on Monday.')), []);
	// Another initial, another family name, or a title in place of the given name is another person.
	t.deepEqual(factsBetween(article('The plan was signed by J. Dalton on Monday.'), article('The plan was signed by Paul Dalton on Monday.')), ['name:J Dalton→Paul Dalton']);
	t.deepEqual(factsBetween(article('The plan was signed by J. Dalton on Monday.'), article('The plan was signed by John Walton on Monday.')), ['name:J Dalton→John Walton']);
	t.deepEqual(factsBetween(article('The plan was signed by M. Dalton on Monday.'), article('The plan was signed by Mr. Dalton on Monday.')), ['name:M Dalton→Mr Dalton']);
});

test('a name opened by the Arabic article written alone ("al-Assad", "el-Sisi", "al-Shabaab") is a name (breaker12 K31)', t => {
	const article = (sentence: string) => `Talks in the capital\n\nThe regional government published its weekly report on the situation in the northern provinces this morning.\n\n${sentence}\n\nAid agencies said they were preparing for further deliveries in the coming days and weeks ahead.\n`;
	t.deepEqual(factsBetween(article('The talks were attended by al-Assad, according to state media reports.'), article('The talks were attended by al-Sharaa, according to state media reports.')), ['name:al-Assad→al-Sharaa']);
	t.deepEqual(factsBetween(article('Reports say al-Shabaab carried out the attack in the capital.'), article('Reports say al-Qaeda carried out the attack in the capital.')), ['name:al-Shabaab→al-Qaeda']);
	t.deepEqual(factsBetween(article('Supporters of el-Sisi rallied in the square on Friday, state media said.'), article('Supporters of el-Baradei rallied in the square on Friday, state media said.')), ['name:el-Sisi→el-Baradei']);
});

test('a German weekday compounded with a part of the day is that weekday and part: "Dienstagabend" → "Mittwochabend" is a changed date (breaker12 K23)', t => {
	const article = (day: string) => `Neue Entwicklungen in der Region\n\nDie Landesregierung hat am Morgen ihren wöchentlichen Bericht über die Lage in den nördlichen Provinzen veröffentlicht.\n\nDer Minister trat am ${day} zurück, hieß es aus Regierungskreisen.\n\nHilfsorganisationen erklärten, sie bereiteten sich in den kommenden Tagen und Wochen auf weitere Lieferungen vor.\n`;
	const between = (a: string, b: string) => compareTexts(article(a), article(b), {language: 'de'}).facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`);
	t.deepEqual(between('Dienstagabend', 'Mittwochabend'), ['date:Dienstagabend→Mittwochabend']);
	t.deepEqual(between('Sonntagnachmittag', 'Samstagnachmittag'), ['date:Sonntagnachmittag→Samstagnachmittag']);
	t.deepEqual(between('Dienstagmorgen', 'Dienstagabend'), ['date:Dienstagmorgen→Dienstagabend']);
	t.deepEqual(between('Dienstagabend', 'Dienstagabend'), []);
});

test('a German weekday with its part of the day written apart is the compound: "Dienstag Abend" = "Dienstag am Abend" = "Dienstagabend" (breaker12b L27, review12 R28)', t => {
	const article = (day: string) => `Neue Entwicklungen in der Region\n\nDie Landesregierung hat am Morgen ihren wöchentlichen Bericht über die Lage in den nördlichen Provinzen veröffentlicht.\n\nDer Minister trat am ${day} zurück, hieß es aus Regierungskreisen.\n\nHilfsorganisationen erklärten, sie bereiteten sich in den kommenden Tagen und Wochen auf weitere Lieferungen vor.\n`;
	const between = (a: string, b: string) => compareTexts(article(a), article(b), {language: 'de'}).facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`);
	t.deepEqual(between('Dienstagabend', 'Dienstag Abend'), []);
	t.deepEqual(between('Dienstagabend', 'Dienstag am Abend'), []);
	t.deepEqual(between('Dienstagabend', 'Dienstag Morgen'), ['date:Dienstagabend→Dienstag Morgen']);
	t.deepEqual(between('Dienstag Abend', 'Mittwoch Abend'), ['date:Dienstag Abend→Mittwoch Abend']);
});

test('a name dropped twice from one passage, a dateline\'s "DHAKA" and the sentence\'s "Dhaka", is one name dropped (breaker11 J30)', t => {
	const facts = sentenceFacts('DHAKA, March 3 (Reuters) - A fire near Dhaka killed 12 workers on Monday, police said.', 'A fire near the capital killed 12 workers on Monday, police said.');
	t.is(facts.filter(fact => /^dhaka→/iu.test(fact)).length, 1, facts.join(' · '));
});

test('a dateline\'s place replaced is a changed name, with no agency after it: "LONDON —" → "PARIS —", "Berlin." → "Hamburg." (breaker12 K16)', t => {
	const story = (opening: string, language = 'en') =>
		language === 'en'
			? `Plant to close\n\n${opening} The company said on Monday it would close its largest plant next year, cutting 1,200 jobs.\n\nThe union said it would fight the decision in court.`
			: `Bundestag beschließt Gesetz\n\n${opening} Der Bundestag hat am Freitag das Gesetz mit den Stimmen der Koalition beschlossen.\n\nDie Opposition kündigte eine Klage vor dem Verfassungsgericht an.`;
	const facts = (left: string, right: string, language = 'en') => {
		const result = compareTexts(story(left, language), story(right, language), {language});
		return {facts: result.facts!.map(fact => `${fact.left}→${fact.right} (${fact.kind})`), relation: result.relation};
	};
	t.deepEqual(facts('LONDON —', 'PARIS —'), {facts: ['LONDON→PARIS (name)'], relation: 'edited'});
	t.deepEqual(facts('NEW YORK -', 'CHICAGO -').facts, ['NEW YORK→CHICAGO (name)']);
	t.deepEqual(facts('Berlin.', 'Hamburg.', 'de'), {facts: ['Berlin→Hamburg (name)'], relation: 'edited'});
	// The same place: nothing; the place alone is a name, not a run into the sentence's first word ("LONDON The").
	t.deepEqual(facts('LONDON —', 'LONDON -').facts, []);
	t.deepEqual(factsOf('LONDON — The company said on Monday.').filter(item => item.kind === 'name').map(item => item.text), ['LONDON']);
});

test('a one-word sentence opening a paragraph is no dateline place, hence no name: "Correction.", "Update.", "Yes.", "Nein." (review12 R5)', t => {
	const lead = 'Plant to close\n\nThe company said on Monday it would close its largest plant next year, cutting 1,200 jobs.\n\n';
	const facts = (left: string, right: string, language = 'en') => compareTexts(left, right, {language}).facts!.map(fact => `${fact.left}→${fact.right} (${fact.kind})`);
	// After the story's first sentence: a note, an answer, not where the story was filed.
	t.deepEqual(facts(`${lead}Correction. An earlier version of this story gave the wrong date for the vote.`, `${lead}An earlier version of this story gave the wrong date for the vote.`), []);
	t.deepEqual(facts(`${lead}Update. The union said it would fight the decision in court on Friday.`, `${lead}The union said it would fight the decision in court on Friday.`), []);
	// A general word of the language, even opening the story's body.
	t.deepEqual(facts('Plant to close\n\nYes. The company said on Monday it would close its largest plant next year.', 'Plant to close\n\nThe company said on Monday it would close its largest plant next year.'), []);
	const de = 'Werk schließt\n\nDas Unternehmen teilte am Montag mit, es werde sein größtes Werk im nächsten Jahr schließen.\n\n';
	t.deepEqual(facts(`${de}Nein. Der Betriebsrat will gegen die Entscheidung vor Gericht ziehen.`, `${de}Der Betriebsrat will gegen die Entscheidung vor Gericht ziehen.`, 'de'), []);
	// The place opening the story's body still is one, dropped or replaced.
	t.deepEqual(facts('Werk schließt\n\nHamburg. Das Unternehmen teilte am Montag mit, es werde sein größtes Werk schließen.', 'Werk schließt\n\nDas Unternehmen teilte am Montag mit, es werde sein größtes Werk schließen.', 'de'), ['Hamburg→null (name)']);
});

test('a regnal or ordinal Roman numeral is a word of its name: "World War II" → "World War III", "Pius XII" → "Pius XI" are changed names (breaker12 K13)', t => {
	t.deepEqual(sentenceFacts('Veterans of World War II gathered in the square on Sunday morning.', 'Veterans of World War III gathered in the square on Sunday morning.'), ['War II→War III (name)']);
	t.deepEqual(sentenceFacts('King Charles III visited the hospital on Monday, the palace said.', 'King Charles II visited the hospital on Monday, the palace said.'), ['Charles III→Charles II (name)']);
	t.deepEqual(sentenceFacts('Pope Pius XII was criticised in the report, historians said.', 'Pope Pius XI was criticised in the report, historians said.'), ['Pius XII→Pius XI (name)']);
	// A name that only grew or shrank by a word is the same name, and one grown by other letters too ("Syria" / "Syrian").
	t.deepEqual(sentenceFacts('King Charles III visited the hospital on Monday, the palace said.', 'King Charles visited the hospital on Monday, the palace said.'), []);
	t.deepEqual(sentenceFacts('Officials said the government of Syria would respond on Monday.', 'Officials said the Syrian government would respond on Monday.'), []);
});

test('a Roman numeral that numbers a name is its value written otherwise: "Super Bowl LVIII" = "Super Bowl 58", "Henry VIII" = "Henry the Eighth", "Part I" = "Part One", "Phase III" = "phase 3" (breaker12b L6)', t => {
	t.deepEqual(sentenceFacts('The Super Bowl LVIII drew 120 million viewers, the network said.', 'Super Bowl 58 drew 120 million viewers, the network said.'), []);
	t.deepEqual(sentenceFacts('Henry VIII had six wives, the exhibition notes.', 'Henry the Eighth had six wives, the exhibition notes.'), []);
	t.deepEqual(sentenceFacts('Part I of the report was published on Monday.', 'Part One of the report was published on Monday.'), []);
	t.deepEqual(sentenceFacts('The drug entered a Phase III trial in May, the company said.', 'The drug entered a phase 3 trial in May, the company said.'), []);
	t.deepEqual(sentenceFacts('The firm filed for Chapter XI bankruptcy, its lawyers said.', 'The firm filed for Chapter 11 bankruptcy, its lawyers said.'), []);
	// Another value is a changed figure; the pronoun "I" is no numeral.
	t.true(sentenceFacts('The drug entered a Phase II trial in May, the company said.', 'The drug entered a phase 3 trial in May, the company said.').includes('II→3 (number)'));
	t.deepEqual(sentenceFacts('Yesterday I said the plan would fail, the mayor wrote.', 'Yesterday we said the plan would fail, the mayor wrote.'), []);
});

test('a slash date that reads two ways reads as its language writes dates when the pair\'s own do not tell: "5 de marzo de 2024" is "05/03/2024" (breaker12 K6)', t => {
	const spanish = 'El gobierno regional publicó esta mañana su informe semanal sobre las provincias.\n\nLas fuentes oficiales confirmaron el resultado por la tarde.';
	t.deepEqual(sentenceFacts('La votación se celebró el 5 de marzo de 2024 en la capital.', 'La votación se celebró el 05/03/2024 en la capital.', spanish, 'es'), []);
	t.deepEqual(sentenceFacts('La votación se celebró el 3 de mayo de 2024 en la capital.', 'La votación se celebró el 05/03/2024 en la capital.', spanish, 'es'), ['3 de mayo de 2024→05/03/2024 (date)']);
	const french = 'Le conseil régional a publié ce matin son rapport hebdomadaire sur les provinces.\n\nLes sources officielles ont confirmé le résultat dans la soirée.';
	t.deepEqual(sentenceFacts('Le vote a eu lieu le 5 mars 2024 dans la capitale.', 'Le vote a eu lieu le 05/03/2024 dans la capitale.', french, 'fr'), []);
	t.is(slashOrderOf(['le 05/03/2024'], 'fr'), 'day-first');
	// English writes both (American M/d/y, British d/M/y): it tells nothing.
	t.is(slashOrderOf(['on 05/03/2024'], 'en'), undefined);
	t.is(slashOrderOf(['on 05/03/2024'], 'und'), undefined);
	// The pair's own slash dates come first: month first in a French text that writes "12/25/2024".
	t.is(slashOrderOf(['le 12/25/2024 et le 05/03/2024'], 'fr'), 'month-first');
});

test('a figure wrapped to a line\'s start after a line that runs on is a figure, not a list marker (review13 R1, breaker13b N10)', t => {
	const lead = 'The regional council met in the town hall for its monthly session, officials said.\n\n';
	const wrapped = (toll: string) => `${lead}The death toll from the factory fire in the\ncapital had risen to\n${toll}. Officials said the search would go on\novernight.\n`;
	const comparison = compareTexts(wrapped('12'), wrapped('21'));
	t.not(comparison.relation, 'identical');
	t.deepEqual((comparison.facts ?? []).map(fact => [fact.left, fact.right]), [['12', '21']]);
});

test('a day wrapped to a line\'s start after a month\'s abbreviation is a date, not a list marker (review13b S7)', t => {
	const lead = 'The regional council met in the town hall for its monthly session, officials said.\n\n';
	const wrapped = (day: string) => `${lead}The plant will close its doors for good on Jan.\n${day}. Officials said the workers would be paid until\nthe end of March.\n`;
	const comparison = compareTexts(wrapped('12'), wrapped('21'));
	t.not(comparison.relation, 'verbatim');
	t.deepEqual((comparison.facts ?? []).map(fact => [fact.kind, fact.left, fact.right]), [['date', 'Jan. 12', 'Jan. 21']]);
});

test('"B" and "T" after a currency are billion and trillion, "bil." too (breaker13b N17)', t => {
	t.deepEqual(factList('The startup raised $1.2 billion last year, its founder said.', 'The startup raised $1.2B last year, its founder said.'), []);
	t.deepEqual(factList('The startup raised $1.2 trillion last year, its founder said.', 'The startup raised $1.2T last year, its founder said.'), []);
	t.deepEqual(factList('The firm raised 1.2 billion euros last year, its founder said.', 'The firm raised 1.2 bil. euros last year, its founder said.'), []);
	t.deepEqual(factList('The firm raised 1.2 billion euros last year, its founder said.', 'The firm raised 1.2B euros last year, its founder said.'), []);
	t.deepEqual(factList('The startup raised $12M last year, its founder said.', 'The startup raised $12B last year, its founder said.'), ['number:$12M→$12B']);
});

test('a vulgar fraction after digits is its decimal: "1½ million euros" is "1.5 million euros", "2½ hours" → "3 hours" a change (breaker13 M24)', t => {
	t.deepEqual(factList('The firm will invest 1½ million euros in the plant next year, it said on Monday.', 'The firm will invest 1.5 million euros in the plant next year, it said on Monday.'), []);
	t.deepEqual(factList('The meeting lasted 2½ hours, officials said on Monday evening.', 'The meeting lasted 3 hours, officials said on Monday evening.'), ['number:2½ hours→3 hours']);
	t.deepEqual(factList('The meeting lasted 2½ hours, officials said on Monday evening.', 'The meeting lasted 2.5 hours, officials said on Monday evening.'), []);
});

test('a surname opening a sentence before an age or a role in commas is a name: who spoke, who was arrested (breaker13b N42)', t => {
	const names = (before: string, after: string, language = 'en') => articleFacts(before, after, language).facts;
	t.deepEqual(names('Smith, 45, told reporters on Monday that the talks had collapsed.', 'Jones, 45, told reporters on Monday that the talks had collapsed.'), ['name: Smith → Jones']);
	t.deepEqual(names('Smith, a spokesman, told reporters on Monday that the talks had collapsed.', 'Jones, a spokesman, told reporters on Monday that the talks had collapsed.'), ['name: Smith → Jones']);
	t.deepEqual(names('Smith, 45, was arrested on Monday at his home in Leeds.', 'Jones, 45, was arrested on Monday at his home in Leeds.'), ['name: Smith → Jones']);
	t.deepEqual(names('Müller, 45, wurde am Montag in seiner Wohnung festgenommen.', 'Schmidt, 45, wurde am Montag in seiner Wohnung festgenommen.', 'de'), ['name: Müller → Schmidt']);
	// A common word opening the sentence is none, apposition or not.
	t.deepEqual(names('Hours later, the talks collapsed, officials said.', 'Days later, the talks collapsed, officials said.'), []);
	t.deepEqual(names('Police, 45, said the talks collapsed.', 'Officials, 45, said the talks collapsed.'), []);
});

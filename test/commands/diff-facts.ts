import test from 'ava';
import {main} from '../../source/commands/main.js';
import {captureIo} from '../helpers/command-io.js';
import {writtenFiles} from '../helpers/temporary-directory.js';

const report = (killed: string, day: string) => `Bus Crash Near Kandy

A bus carrying pilgrims overturned near Kandy on ${day}, and ${killed} people were killed, officials of the Central Province said.

The driver lost control on a steep bend of the mountain road, a police spokesman told reporters at the scene.
`;

const files = async (texts: Record<string, string>) => writtenFiles('copydesk-facts-', texts);

test('diff --json lists the facts that changed, and the copy is at most edited', async t => {
	const file = await files({'a.txt': report('21', 'Tuesday'), 'b.txt': report('12', 'Wednesday')});
	const io = captureIo();
	t.is(await main(['diff', file('a.txt'), file('b.txt'), '--json'], io), 1);
	const result = JSON.parse(io.out());
	t.deepEqual(
		result.facts.map((fact: {kind: string; left: string; right: string}) => [fact.kind, fact.left, fact.right]),
		[
			['number', '21', '12'],
			['date', 'Tuesday', 'Wednesday'],
		],
	);
	t.is(result.rows[result.facts[0].row].kind, 'changed');
	t.false(['identical', 'verbatim'].includes(result.relation), result.relation);
});

test('the terminal summary lists the changed facts first', async t => {
	const file = await files({'a.txt': report('21', 'Tuesday'), 'b.txt': report('12', 'Wednesday')});
	const io = captureIo();
	await main(['diff', file('a.txt'), file('b.txt'), '--width', '120'], io);
	const lines = io.out().trimEnd().split('\n');
	const factsLine = lines.findIndex(line => line.startsWith('facts changed:'));
	const relationLine = lines.findIndex(line => line.startsWith('relation:'));
	t.true(factsLine >= 0 && factsLine < relationLine, io.out());
	t.regex(lines[factsLine]!, /21 → 12 \(number\), Tuesday → Wednesday \(date\)/);
});

test('a changed <q> quotation of a page is a quote fact, as one in quotation marks is (breaker11 J32)', async t => {
	const page = (quote: string) => `<!doctype html><html><head><title>Minister stays</title></head><body><article><h1>Minister stays</h1><p>The minister said <q>${quote}</q> on Monday, according to officials in Leeds who spoke to reporters after the meeting.</p><p>The opposition called for a vote of no confidence before the end of the month, saying the government had lost its majority.</p></article></body></html>`;
	const file = await files({'a.html': page('We will not resign'), 'b.html': page('We will resign')});
	const io = captureIo();
	t.is(await main(['diff', file('a.html'), file('b.html'), '--json'], io), 1);
	const result = JSON.parse(io.out()) as {relation: string; facts: Array<{kind: string; left: string; right: string}>};
	t.deepEqual(result.facts.map(fact => [fact.kind, fact.left, fact.right]), [['quote', 'We will not resign', 'We will resign']]);
	t.is(result.relation, 'edited');
});

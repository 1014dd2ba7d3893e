import test from 'ava';
import {describeAnalysis, describeLoad, statusLine} from '../../source/commands/load-status.js';

test('nothing is shown for a quick load; a slow one gets one line, redrawn at most every 100 ms, then erased', t => {
	let time = 0;
	let written = '';
	const status = statusLine({write: (text: string) => (written += text)}, {now: () => time});
	status.update(describeLoad({phase: 'finding', found: 1000}));
	time = 200;
	status.update(describeLoad({phase: 'reading', read: 10, total: 20}));
	t.is(written, '', 'under 300 ms: nothing');
	status.clear();
	t.is(written, '', 'nothing shown, nothing to erase');
	time = 350;
	status.update(describeLoad({phase: 'reading', read: 12_000, total: 100_000}));
	time = 400;
	status.update(describeLoad({phase: 'reading', read: 13_000, total: 100_000}));
	t.is(written, '\r\u001B[Kcopydesk: reading articles… 12,000 of 100,000');
	time = 460;
	status.update(describeLoad({phase: 'reading', read: 14_000, total: 100_000}));
	status.clear();
	t.true(written.endsWith('14,000 of 100,000\r\u001B[K'));
});

test('the finding phase counts files found; analysis says its phase and, while labelling, how far', t => {
	t.is(describeLoad({phase: 'finding', found: 42_000}), 'copydesk: finding articles… 42,000');
	t.is(describeAnalysis({phase: 'labelling', done: 45_000, total: 100_000}), 'copydesk: labelling… 45,000 of 100,000');
	t.is(describeAnalysis({phase: 'grouping near-duplicates', done: 100_000, total: 100_000}), 'copydesk: grouping near-duplicates…');
});

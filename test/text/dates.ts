import test from 'ava';
import fc from 'fast-check';
import {compareDateSpans, parseDate, parseDateSpan} from '../../source/text/dates.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

test('dates as German, French, Spanish, Italian and English pages write them', t => {
	t.is(parseDate('25. Januar 2022'), day('2022-01-25'));
	t.is(parseDate('Veröffentlicht am 3. März 2021, 10:15 Uhr'), day('2021-03-03'));
	t.is(parseDate('25 janvier 2022'), day('2022-01-25'));
	t.is(parseDate('Publié le 1er févr. 2023 à 10h'), day('2023-02-01'));
	t.is(parseDate('25 de enero de 2022'), day('2022-01-25'));
	t.is(parseDate('12 settembre 2020'), day('2020-09-12'));
	t.is(parseDate('January 25, 2022'), day('2022-01-25'));
	t.is(parseDate('Posted on Dec. 8 2024 by staff'), day('2024-12-08'));
	t.is(parseDate('8 December 2024'), day('2024-12-08'));
	t.is(parseDate('25 января 2022 г.'), day('2022-01-25'));
});

test('numeric dates are read day first, ISO dates as written', t => {
	t.is(parseDate('25.01.2022'), day('2022-01-25'));
	t.is(parseDate('03.02.2022'), day('2022-02-03'));
	t.is(parseDate('01/25/2022'), day('2022-01-25'));
	t.is(parseDate('2024-05-01T10:00:00Z'), day('2024-05-01'));
});

test('what is no date is undefined', t => {
	t.is(parseDate('no date here'), undefined);
	t.is(parseDate('31. Februar 2022'), undefined);
	t.is(parseDate('25 Blumen 2022'), undefined);
});

test('never throws; any answer is a finite time', t => {
	fc.assert(
		fc.property(fc.string(), text => {
			const time = parseDate(text);
			return time === undefined || Number.isFinite(time);
		}),
	);
	t.pass();
});

test('text that names no year is no date, though Date.parse would make one of it', t => {
	t.is(parseDate('Chapter 1'), undefined);
	t.is(parseDate('Page 12'), undefined);
	t.is(parseDate('Tue, 25 Jan 2022 10:00:00 GMT'), day('2022-01-25'));
});

test('a date keeps its precision: a month or a year is an interval, not its first day', t => {
	t.deepEqual(parseDateSpan('December news 2024'), {start: day('2024-12-01'), end: day('2025-01-01'), precision: 'month'});
	t.deepEqual(parseDateSpan('Dezember 2024'), {start: day('2024-12-01'), end: day('2025-01-01'), precision: 'month'});
	t.deepEqual(parseDateSpan('news of 2024'), {start: day('2024-01-01'), end: day('2025-01-01'), precision: 'year'});
	t.deepEqual(parseDateSpan('December 08, 2024'), {start: day('2024-12-08'), end: day('2024-12-09'), precision: 'day'});
	t.is(parseDateSpan('no date here'), undefined);
});

test('by latest possible day: a month is later than a day inside it, earlier than a day after it', t => {
	const span = (text: string) => parseDateSpan(text)!;
	t.true(compareDateSpans(span('December 08, 2024'), span('December 2024')) < 0);
	t.true(compareDateSpans(span('December 31, 2024'), span('December 2024')) < 0);
	t.true(compareDateSpans(span('November 2024'), span('December 01, 2024')) < 0);
	t.true(compareDateSpans(span('December 2024'), span('January 01, 2025')) < 0);
	t.true(compareDateSpans(span('2023'), span('January 01, 2024')) < 0);
	t.is(compareDateSpans(span('8 December 2024'), span('December 8, 2024')), 0);
});

test('any span read is a non-empty interval', t => {
	fc.assert(
		fc.property(fc.string(), text => {
			const span = parseDateSpan(text);
			return span === undefined || (Number.isFinite(span.start) && span.end > span.start);
		}),
	);
	t.pass();
});

test('two timestamps with a zone are ordered by their moments; a timestamp before the plain day that holds it (breaker12 K43, review12 R8)', t => {
	const early = parseDateSpan('2025-03-03T12:00:00+06:00')!;
	const late = parseDateSpan('2025-03-03T10:00:00+00:00')!;
	t.is(early.instant, Date.UTC(2025, 2, 3, 6));
	t.true(compareDateSpans(early, late) < 0);
	t.true(compareDateSpans(late, early) > 0);
	t.is(compareDateSpans(parseDateSpan('2025-03-03T10:00:00Z')!, parseDateSpan('2025-03-03 10:00:00+0000')!), 0);
	// A day without a time, or a time without a zone, is the day.
	t.is(parseDateSpan('2025-03-03')!.instant, undefined);
	t.is(parseDateSpan('2025-03-03T10:00:00')!.instant, undefined);
	// A timestamp is earlier than the latest moment of the plain day that holds it: one key per span, so the order is total (review12 R8).
	t.true(compareDateSpans(early, parseDateSpan('March 3, 2025')!) < 0);
});

test('property: compareDateSpans is a total order over days, months, years and timestamps mixed: antisymmetric and transitive (review12 R8, breaker12b L8)', t => {
	const base = Date.UTC(2025, 2, 1);
	const hour = 3_600_000;
	const span = fc.oneof(
		fc.integer({min: 0, max: 20}).map(offset => ({start: base + offset * 24 * hour, end: base + (offset + 1) * 24 * hour, precision: 'day' as const})),
		fc.tuple(fc.integer({min: 0, max: 20}), fc.integer({min: -12, max: 36})).map(([offset, at]) => ({start: base + offset * 24 * hour, end: base + (offset + 1) * 24 * hour, precision: 'day' as const, instant: base + offset * 24 * hour + at * hour})),
		fc.constant({start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1), precision: 'month' as const}),
	);
	fc.assert(
		fc.property(span, span, span, (a, b, c) => {
			const sign = (x: number) => Math.sign(x);
			if (sign(compareDateSpans(a, b)) !== -sign(compareDateSpans(b, a))) return false;
			if (compareDateSpans(a, b) <= 0 && compareDateSpans(b, c) <= 0 && compareDateSpans(a, c) > 0) return false;
			return true;
		}),
		{numRuns: 3000},
	);
	// A=10:00Z, B the plain day, C=09:00Z (review12 R8): C before A, whatever the input order.
	const day3 = parseDateSpan('2025-03-03')!;
	const a = parseDateSpan('2025-03-03T10:00:00Z')!;
	const c = parseDateSpan('2025-03-03T09:00:00Z')!;
	t.deepEqual([a, day3, c].sort(compareDateSpans), [c, a, day3]);
	t.deepEqual([c, day3, a].sort(compareDateSpans), [c, a, day3]);
	// A zoned timestamp late on the 5th in New York is 04:30 on the 6th: after 02:00Z on the 6th, and after a zone-less time on the 5th (L8).
	const x1 = parseDateSpan('2024-03-05T23:30:00-05:00')!;
	const x2 = parseDateSpan('2024-03-06T02:00:00Z')!;
	const x4 = parseDateSpan('2024-03-05T12:00:00')!;
	t.deepEqual([x1, x2, x4].sort(compareDateSpans), [x4, x2, x1]);
});

test('a named date a dump glued to the next element is read: a day or a clock time right after the year ends it, other digits do not', t => {
	t.is(parseDate('von Die Tagespresse 31. Oktober 202331. Oktober 2023'), Date.UTC(2023, 9, 31));
	t.is(parseDate('Posted March 7, 201810:15 am'), Date.UTC(2018, 2, 7));
	t.is(parseDate('31. Oktober 20231'), undefined);
	t.not(parseDate('March 7, 201899 lines'), Date.UTC(2018, 2, 7));
});

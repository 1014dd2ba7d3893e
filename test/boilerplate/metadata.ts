import test from 'ava';
import {hasFullDate, isBylineLine, isDateLine, isDatelineLine, lineUrl, metadataKind, publicationPart} from '../../source/boilerplate/metadata.js';
import {labelArticle} from '../../source/boilerplate/classify.js';

test('date lines in several languages and formats', t => {
	for (const line of ['December 08, 2024', 'Publié le 8 décembre 2024 à 10h32', '14.03.2025, 09:12 Uhr', '20 de marzo de 2025', '8 декабря 2024 г.', '2024年12月8日 10:30', 'Updated: 12/08/2024 10:45 GMT', 'Wed 19 Mar 2025 14.32 GMT']) {
		t.true(isDateLine(line), line);
	}
});

test('a Chinese, Japanese or Korean sentence around a date, ended by its full stop, is no date line; the date line alone is one (breaker9 F5)', t => {
	for (const line of ['投票は2025年3月3日に行われた。', '投票于2025年3月3日举行。', '투표는 2025년 3월 3일에 열렸다.']) t.false(isDateLine(line), line);
	for (const line of ['2025年3月3日', '2025年3月3日 10:30', '更新 2025年3月3日']) t.true(isDateLine(line), line);
});

test('sentences that mention a date are not date lines', t => {
	for (const line of ['In 2024 the rebels took Damascus on Sunday morning', 'The vote is due on 12 March 2025, officials said, after a long delay.', 'Morocco', '2012 (134)', '2011 - 2012']) {
		t.false(isDateLine(line), line);
	}
});

test('a version number is no date: its parts are no day, month and year ("2.10.1", "18.17.1", "0.0.0-YYYYmmdd…"); numeric dates with a year still are', t => {
	for (const line of ['Version 2.10.1', 'Release 1.4.2', 'node 18.17.1', '12.0.3', '0.0.0-YYYYmmddHHMMSS-abcdefabcdef', 'Firmware 4.12.2 Beta']) t.false(isDateLine(line), line);
	for (const line of ['3.5.2020', 'Stand: 03.05.2020', '12/08/24 10:45', '2020-05-03', 'Posted 5/3/2020 at 9:00', '03.05.20']) t.true(isDateLine(line), line);
});

test('bylines need a marker and names', t => {
	t.true(isBylineLine('By Jane Doe'));
	t.true(isBylineLine('Par Marie Dupont, à Paris'));
	t.true(isBylineLine('Автор: Иван Петров'));
	t.true(isBylineLine('Von Hans Müller und Petra Schmidt'));
	t.false(isBylineLine('By the end of the week, everything had changed.'));
	t.false(isBylineLine('De nombreux manifestants sont venus'));
});

test('URL lines: bare, in angle brackets or as a Markdown link', t => {
	t.is(lineUrl('<https://example.org/a?b=1>'), 'https://example.org/a?b=1');
	t.is(lineUrl('[source](https://example.org/x)'), 'https://example.org/x');
	t.is(lineUrl('see https://example.org'), undefined);
	t.is(metadataKind('www.example.org/page'), 'url');
});

test('agency datelines on their own line are datelines; headings ending in a colon are not', t => {
	for (const line of ['Ginebra, 3 jun (EFE).-', 'PARIS (AFP) —', 'LONDON —']) {
		t.is(metadataKind(line), 'dateline', line);
	}

	for (const line of ['The minister said:', 'Latest news -', 'Die wichtigsten Änderungen im Überblick:']) {
		t.is(metadataKind(line), undefined, line);
	}
});

test('short lines around a full date are date lines', t => {
	t.true(isDateLine('Posted on June 4, 2024 by greenthumb'));
	t.true(isDateLine('Gestartet von heizungsfan am 3. März 2025'));
	t.false(isDateLine('Elections on 5 May 2025 will decide the mayor of the city for the next six years'));
});

test('a short sentence ending with its date is article text, not the date line; a date line may end with a full stop', t => {
	for (const line of ['The election will be held on March 3, 2025.', 'HTS took Damascus on 8 December 2024.', 'HTS took Damascus on 7/12/2024.']) {
		t.false(isDateLine(line), line);
	}

	for (const line of ['Published on 8 December 2024.', 'Updated: 12/08/2024.', 'December 08, 2024.']) {
		t.true(isDateLine(line), line);
	}
});

test('datelines end with a parenthesis, dash, point or colon; other endings are not datelines', t => {
	t.true(isDatelineLine('PARIS (AFP)'));
	t.true(isDatelineLine('Ginebra, 3 jun (EFE).-'));
	t.true(isDatelineLine('LONDON —  '));
	t.true(isDatelineLine('Berlin (dpa):'));
	t.false(isDatelineLine('PARIS (AFP) says'));
	t.true(isDatelineLine('CHENNAI (The Hindu) -'));
	// A headline with an aside in small letters is no dateline (breaker11 J5: a post's title was dropped as one).
	t.false(isDatelineLine('Two deadlines (and a read)'));
	t.false(isDatelineLine('The school for startups (and an audio)'));
	t.false(isDatelineLine(''));
	// An agency dateline is a dateline before it is a date line; a byline of that shape stays a byline.
	t.is(metadataKind('BRUSSELS, March 3, 2025 (Reuters)'), 'dateline');
	t.is(metadataKind('BRUSSELS, March 3 (Reuters) -'), 'dateline');
	t.is(metadataKind('By Jane Doe (Reuters)'), 'byline');
	t.is(metadataKind('By Jane Doe | March 3, 2025'), 'date');
});

test('dates without any digit are only relative times', t => {
	t.true(isDateLine('an hour ago'));
	t.false(isDateLine('June the fourth'));
	t.true(isDateLine('4 June 2024'));
});

test('a sentence that opens with its date is prose, not a date line; a date line ending with a full stop still is one', (t) => {
	t.false(isDateLine('On 5 November 2021 the old mill will be one hundred years old.'));
	t.false(isDateLine('Am 5. November 2021 wird die alte Mühle hundert Jahre alt.'));
	t.true(isDateLine('Published on 8 December 2024.'));
	t.true(isDateLine('Updated on 3 March 2025, 10 a.m.'));
});

test('a short sentence around a date, with a verb or common noun in lower case, is prose; a date line naming its place stays one (breaker10 H1)', t => {
	for (const line of ['Polls close on 4 November 2025.', 'The vote is on 12 May 2025.', 'The vote is on May 12, 2025.', 'It is on 12 May 2025.', 'The hearing is on 3 March 2025.', 'Die Wahl ist am 12. Mai 2025.']) {
		t.false(isDateLine(line), line);
		t.is(metadataKind(line), undefined, line);
	}

	for (const line of ['Paris, 8 décembre 2024.', 'Thursday, 4 November 2025.', 'Mis à jour le 8 décembre 2024.', 'LONDON, 3 March 2025']) {
		t.true(isDateLine(line), line);
	}
});

test('a headline with a tag in parentheses is no agency dateline; a place and an agency are (breaker11 J7)', (t) => {
	for (const headline of ['Two deadlines (and a read)', 'Markets rally (analysis)', 'Brexit deal agreed (live)', 'Taylor Swift (again)', 'Factory fire (video)', '  • The school for startups (and an audio)']) {
		t.false(isDatelineLine(headline), headline);
	}
	for (const dateline of ['WASHINGTON (Reuters) -', 'LEUVEN, Belgium (AP) —', 'Ginebra, 3 jun (EFE).-', 'Berlin (dpa) -', 'Rio de Janeiro (Reuters) -', 'Frankfurt am Main (dpa) -', 'New York, March 3 (AP) —', 'LONDON —']) {
		t.true(isDatelineLine(dateline), dateline);
	}
	// Under a site's name and sections, the headline is the title, kept.
	const text = ['Daily Planet', '', 'World | Asia | Sport', '', 'Two deadlines (and a read)', '', 'The first deadline is the one you set for yourself, and it is the one most people miss because nobody else is watching.', '', 'The second deadline is the one the market sets, and it arrives whether or not you are ready for it.', ''].join('\n');
	t.is(labelArticle(text).lines.find((line) => line.n === 5)?.kind, 'title');
});

test('a date line that dates the update first is read from its publication word on (breaker13 M36)', t => {
	t.is(publicationPart('Updated March 6, 2025, first published March 3, 2025'), 'first published March 3, 2025');
	t.is(publicationPart('Last updated: 6 March 2025 10:00 GMT | Originally published: 3 March 2025'), 'Originally published: 3 March 2025');
	t.is(publicationPart('Published: March 3, 2025 · Updated: March 6, 2025'), 'Published: March 3, 2025', 'the publication first: up to the update (breaker13b N32)');
	t.is(publicationPart('Updated March 6, 2025'), 'Updated March 6, 2025');
});

test('a byline with its date or relative time after a separator is a byline (breaker13 M42)', t => {
	t.true(isBylineLine('By Anna Reporter · 3 hours ago'));
	t.true(isBylineLine('By Anna Reporter | March 3, 2025'));
	t.true(isBylineLine('Von Anna Schmidt · vor 2 Stunden'));
	t.false(isBylineLine('By the time firefighters arrived · 3 hours ago'));
});

test('an embedded post\'s signature line ("— Name (@handle) date") is metadata that dates the post, not the article', t => {
	const body = ['Rescuers searched through the night for survivors of the landslide, the regional government said on Thursday.', 'The president said in a post that the army had been sent to help and that more aid would follow within days.', 'Heavy rain is expected to continue until the weekend, forecasters said, and roads to the valley remain closed.'];
	const text = ['Landslide: rescuers search for survivors', '', body[0], '', 'Our thoughts are with the families. The army is on its way.', '— Office of the President (@presidency) April 29, 2021', '', body[1], '', body[2], ''].join('\n');
	const labels = labelArticle(text);
	t.is(labels.meta.date, undefined);
	const signature = labels.lines.find(line => text.split('\n')[line.n - 1]!.startsWith('— Office'));
	t.not(signature?.kind, 'body');
	t.true(isDateLine('— April 29, 2021'));
});

test('date lines know the months the date parser knows, in every language it reads (one list): Polish, Ukrainian nominative, short forms', t => {
	for (const line of ['5 maja 2021', '12 października 2020', '3 листопад 2019', '7 set 2022']) t.true(hasFullDate(line), line);
	t.true(isDateLine('Opublikowano: 5 maja 2021.'));
});

test('a line that dates the publication and an update is a date line however long the two parts make it (breaker16 B9)', t => {
	t.true(isDateLine('PUBLISHED: January 16, 2023 at 4:30 p.m. | UPDATED: January 17, 2023 at 3:58 a.m. PST'));
	t.true(isDateLine('Updated: 17 January 2023, 03:58 GMT · Originally published: 16 January 2023, 16:30 GMT'));
	t.false(isDateLine('The report was published on January 16, 2023 and updated on January 17, 2023 after the minister complained.'));
});

test('"Last updated 3 hours ago" and "Updated: 2 days ago" are relative date lines, so no headline (breaker16 B7)', t => {
	for (const line of ['Last updated 3 hours ago', 'Updated: 2 days ago', 'Posted 5 minutes ago']) t.true(isDateLine(line), line);
	const text = ['Council approves budget', '', 'Last updated 3 hours ago', '', 'The city council approved the budget for next year on Tuesday after a long debate.', 'The mayor said the plan would fund new schools and repair the roads in the old town.', 'Critics said the tax rise was too steep for families already under pressure.', ''].join('\n');
	const labels = labelArticle(text);
	t.is(labels.lines.find(line => line.n === 1)?.kind, 'title');
	t.is(labels.lines.find(line => line.n === 3)?.kind, 'metadata');
});

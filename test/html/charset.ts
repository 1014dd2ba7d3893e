import test from 'ava';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {charsetOfContentType, decodePage, encodingForLabel, prescanMetaCharset} from '../../source/html/charset.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/html/${name}`, import.meta.url)));

const pages = [
	{file: 'ru-windows-1251.html', encoding: 'windows-1251', expect: 'Новый мост через Волгу'},
	{file: 'pl-iso-8859-2.html', encoding: 'iso-8859-2', expect: 'Nowe połączenie kolejowe z Gdańska'},
	{file: 'ja-shift_jis.html', encoding: 'shift_jis', expect: '桜の開花、平年より一週間早く'},
	// Declared gb2312: the WHATWG label maps to GBK, which reads GB18030's two-byte characters.
	{file: 'zh-gb18030.html', encoding: 'gbk', expect: '城市地铁新线路下月开通运营'},
	{file: 'ko-euc-kr.html', encoding: 'euc-kr', expect: '시립 도서관, 다음 달부터'},
];

for (const page of pages) {
	test(`${page.file}: the meta declaration decides the charset`, t => {
		const decoded = decodePage(fixture(page.file));
		t.is(decoded.encoding, page.encoding);
		t.is(decoded.source, 'meta');
		t.true(decoded.html.includes(page.expect));
		t.deepEqual(decoded.warnings, []);
	});
}

test('a BOM outranks the HTTP header, which outranks the meta tag', t => {
	const body = Buffer.from('<meta charset="windows-1251"><p>\u00e9t\u00e9</p>', 'latin1');
	t.is(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]), 'text/html; charset=koi8-r').encoding, 'utf-8');
	t.is(decodePage(body, 'text/html; charset=koi8-r').encoding, 'koi8-r');
	t.is(decodePage(body).encoding, 'windows-1251');
});

test('undeclared pages: UTF-8 when valid, else windows-1252, each with a warning', t => {
	const utf8 = decodePage(Buffer.from('<p>Zürich</p>'));
	t.is(utf8.encoding, 'utf-8');
	t.true(utf8.html.includes('Zürich'));
	t.deepEqual(utf8.warnings, ['no charset declared; read as UTF-8']);
	const latin = decodePage(Buffer.from([0x3c, 0x70, 0x3e, 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]));
	t.is(latin.encoding, 'windows-1252');
	t.true(latin.html.includes('Zürich'));
	t.is(latin.warnings.length, 1);
	t.deepEqual(decodePage(Buffer.from('<p>plain ascii</p>')).warnings, []);
});

test('a declared single-byte charset over bytes that are valid UTF-8 is a wrong label: read as UTF-8 with one warning; a Latin-1 page stays Latin-1 (breaker12 K9)', t => {
	const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>José Núñez, the mayor of Cádiz, said “12 people” died — officials said.</p></body></html>';
	const saved = decodePage(Buffer.from(page));
	t.is(saved.encoding, 'utf-8');
	t.true(saved.html.includes('José Núñez, the mayor of Cádiz, said “12 people” died — officials said.'));
	t.deepEqual(saved.warnings, ['charset iso-8859-1 declared by a meta tag but the bytes are UTF-8; read as UTF-8']);
	t.deepEqual(decodePage(Buffer.from(page.replace(/<meta[^>]*>/, '')), 'text/html; charset=windows-1251').warnings, ['charset windows-1251 declared by the Content-Type but the bytes are UTF-8; read as UTF-8']);
	// Really Latin-1 (é is one byte 0xE9): the declaration decides, no warning.
	const latin = decodePage(Buffer.from(page.replace(/[“”—]/g, '"'), 'latin1'));
	t.is(latin.encoding, 'windows-1252');
	t.is(latin.source, 'meta');
	t.true(latin.html.includes('José Núñez, the mayor of Cádiz'));
	t.deepEqual(latin.warnings, []);
	// Latin-1 that happens to hold one byte pair UTF-8 also reads ("Ã" then "©") among other accented letters: Latin-1.
	t.is(decodePage(Buffer.from(page.replace(/[“”—]/g, '"').replace('said', 'said \u00c3\u00a9'), 'latin1')).encoding, 'windows-1252');
	// All ASCII: nothing to choose, nothing said.
	t.deepEqual(decodePage(Buffer.from('<meta charset="iso-8859-1"><p>plain</p>')).warnings, []);
	// A multi-byte declaration is not second-guessed.
	t.is(decodePage(Buffer.from('<meta charset="shift_jis"><p>é</p>')).encoding, 'shift_jis');
});

test('labels are read as WHATWG defines them; a meta tag claiming UTF-16 means UTF-8', t => {
	t.is(encodingForLabel('latin1'), 'windows-1252');
	t.is(encodingForLabel(' Shift_JIS '), 'shift_jis');
	t.is(encodingForLabel('utf-16'), 'utf-8');
	t.is(encodingForLabel('no-such-charset'), undefined);
	t.is(charsetOfContentType('text/html; charset="ISO-8859-2"'), 'ISO-8859-2');
	t.is(charsetOfContentType('text/html'), undefined);
	t.is(prescanMetaCharset(Buffer.from('<!-- <meta charset="koi8-r"> --><meta charset=euc-kr>')), 'euc-kr');
	t.is(prescanMetaCharset(Buffer.from('<meta charset="bogus"><p>')), undefined);
});

test('an unknown charset in the HTTP header is a warning, and the meta tag decides', t => {
	const decoded = decodePage(Buffer.from('<meta charset="windows-1251">'), 'text/html; charset=bogus');
	t.is(decoded.encoding, 'windows-1251');
	t.regex(decoded.warnings[0], /unknown charset "bogus"/);
});

test('windows-1252 bytes 0x80–0x9F are read by the WHATWG table (€, curly quotes), declared by meta, by Content-Type as ISO-8859-1, or fallen back to', t => {
	const body = [...Buffer.from('<p>'), 0x80, ...Buffer.from(' 3 billion, '), 0x93, ...Buffer.from('pleased'), 0x94, 0x85, 0x81, ...Buffer.from('</p>')];
	const page = (head: string) => Uint8Array.from([...Buffer.from(`<html><head>${head}</head><body>`), ...body]);
	const expected = '<p>€ 3 billion, “pleased”…\u0081</p>';
	for (const [bytes, contentType] of [
		[page('<meta charset="windows-1252">'), undefined],
		[page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'), undefined],
		[page('<meta charset="us-ascii">'), undefined],
		[page(''), undefined],
		[page(''), 'text/html; charset=latin1'],
	] as Array<[Uint8Array, string | undefined]>) {
		const decoded = decodePage(bytes, contentType);
		t.is(decoded.encoding, 'windows-1252');
		t.true(decoded.html.endsWith(expected), decoded.html);
	}
	// Every byte: the whole WHATWG index, 0x00–0x7F and 0xA0–0xFF as Latin-1.
	const all = decodePage(Uint8Array.from([...Buffer.from('<meta charset="cp1252">'), ...Array.from({length: 256}, (_, byte) => byte)])).html.slice(-256);
	t.is(all.slice(0x80, 0xa0), '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
	t.is(all.slice(0, 0x80) + all.slice(0xa0), Array.from({length: 256}, (_, code) => String.fromCharCode(code)).filter((_, code) => code < 0x80 || code >= 0xa0).join(''));
});

test('a UTF-8 page with one stray Latin-1 byte is read as UTF-8, the stray byte as the label (or windows-1252) reads it, with one warning; never mojibake (breaker12b L11)', t => {
	const body = (cafe: number[]) => Buffer.from([...Buffer.from('<title>T</title><h1>K\u00f6ln: Stadt evakuiert</h1><p>Die Stadt K\u00f6ln hat am Dienstag 3.000 Menschen evakuiert, sagte der B\u00fcrgermeister. Caf'), ...cafe, ...Buffer.from(' und Gesch\u00e4fte blieben geschlossen.</p>')]);
	const declared = decodePage(Buffer.concat([Buffer.from('<meta charset="iso-8859-1">'), body([0xe9])]));
	t.is(declared.encoding, 'utf-8');
	t.true(declared.html.includes('Köln: Stadt evakuiert'));
	t.true(declared.html.includes('sagte der Bürgermeister. Café und Geschäfte'));
	t.deepEqual(declared.warnings, ['charset iso-8859-1 declared by a meta tag but the bytes are UTF-8; read as UTF-8 (1 byte not valid UTF-8 read as windows-1252)']);
	// The stray byte is read as the label says: 0xE9 is "й" in windows-1251.
	t.true(decodePage(Buffer.concat([Buffer.from('<meta charset="windows-1251">'), body([0xe9])])).html.includes('Cafй und'));
	const undeclared = decodePage(body([0xe9]));
	t.is(undeclared.encoding, 'utf-8');
	t.true(undeclared.html.includes('Köln hat am Dienstag 3.000 Menschen evakuiert, sagte der Bürgermeister. Café und Geschäfte'));
	t.deepEqual(undeclared.warnings, ['no charset declared; read as UTF-8 (1 byte not valid UTF-8 read as windows-1252)']);
	// Latin-1 throughout (every accented letter one byte): the label stands.
	const latin = decodePage(Buffer.from('<meta charset="iso-8859-1"><h1>Köln: Stadt evakuiert</h1><p>Die Stadt Köln hat am Dienstag 3.000 Menschen evakuiert, sagte der Bürgermeister. Café und Geschäfte blieben geschlossen.</p>', 'latin1'));
	t.is(latin.encoding, 'windows-1252');
	t.true(latin.html.includes('Bürgermeister. Café und Geschäfte'));
});

test('a valid UTF-8 page holding U+FFFD itself is no invalid UTF-8; one with a bad byte is (breaker14 P8)', t => {
	const page = (body: Uint8Array) => Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'), body, Buffer.from('</p></body></html>')]);
	t.deepEqual(decodePage(page(Buffer.from('A replacement character \uFFFD as written.'))).warnings, []);
	t.deepEqual(decodePage(page(Buffer.from([0x41, 0xff, 0x42]))).warnings, ['invalid UTF-8; shown with U+FFFD']);
});

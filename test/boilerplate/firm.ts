import test from 'ava';
import fc from 'fast-check';
import {menuParts} from '../../source/boilerplate/firm.js';

// The separator pattern as menus were split before white space runs were collapsed: the oracle.
const separator = /\s+[|·•]\s+|\s*[›»>/]\s+|\s+[›»>/]\s*/u;
const shape = (parts: string[]) => parts.map((part) => part.trim().split(/\s+/u).length);

const piece = fc.constantFrom('News', 'Sport', 'Culture', 'Home', 'World', 'a', 'b c', '|', '·', '•', '›', '»', '>', '/', ' ', '   ', '\t', '\u00A0', '\u3000', ' '.repeat(40));

test('menu parts: the same parts and word counts as splitting the line as written, whatever its white space', (t) => {
	fc.assert(fc.property(fc.array(piece, {maxLength: 24}), (pieces) => {
		const line = pieces.join('');
		const written = line.split(separator).filter((part) => part.trim() !== '');
		const parts = menuParts(line);
		return parts.length === written.length && shape(parts).join() === shape(written).join();
	}), {numRuns: 2000});
	t.deepEqual(menuParts('News   |   Sport | Culture'), ['News', 'Sport', 'Culture']);
	t.deepEqual(menuParts('Home   ›   World › Europe'), ['Home', 'World', 'Europe']);
});

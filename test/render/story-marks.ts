import test from 'ava';
import fc from 'fast-check';
import {copyLabels} from '../../source/render/story-marks.js';

test('copyLabels: files that share a short name keep their whole stem, never a cut that names another file', t => {
	t.deepEqual(copyLabels(['t0015.txt', 't0250.txt', 't0001.txt']), ['t0015', 't0250', 't0001']);
	t.deepEqual(copyLabels(['page_1.html', 'page_2.html', '000_abc.txt']), ['page_1', 'page_2', '000']);
	t.deepEqual(copyLabels(['a/x.txt', 'b/x.txt']), ['x#1', 'x#2']);
});

test('copyLabels: one label per name, all distinct', t => {
	fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-c_/ ]{0,6}(\.txt)?$/), {maxLength: 30}), names => {
		const labels = copyLabels(names);
		return labels.length === names.length && new Set(labels).size === labels.length;
	}));
	t.pass();
});

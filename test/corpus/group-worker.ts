import test from 'ava';
import {groupInWorker} from '../../source/corpus/parallel-analysis.js';
import type {GroupMember} from '../../source/groups/member.js';
import {groupMembers} from '../../source/groups/groups.js';

/** A record of a one-word article: its own shingle, nothing shared with any other. */
const member = (index: number): GroupMember => ({
	id: `a${index}`,
	name: `a${index}.txt`,
	boilerplateShare: 0,
	boilerplateCharacters: {},
	categories: [],
	textHash: String(index),
	keptHash: String(index),
	print: {tokenCount: 1, shingles: Uint32Array.of(index * 2_654_435_761), sequenceHash: index},
	bag: Uint32Array.of(index),
});

test('the group worker takes the records of 70,000 articles (two buffers each, moved in one message)', async t => {
	// new Worker() with that many buffers in its transfer list overflowed the stack: the reader
	// then analysed a 100,000-article corpus a second time, on its own thread.
	const members = Array.from({length: 70_000}, (_, index) => member(index));
	const groups = await groupInWorker(members);
	t.is(groups.length, 70_000);
	t.deepEqual(groups.slice(0, 2), groupMembers([member(0), member(1)]));
	t.true(groups.every(group => group.groupSize === 1));
});

import test from 'ava';
import fc from 'fast-check';
import {groupMember, type GroupInput, type GroupMember} from '../../source/groups/member.js';
import {groupMembers} from '../../source/groups/groups.js';
import {linkOf} from '../../source/groups/link-check.js';
import {LinksAhead} from '../../source/groups/links-ahead.js';
import {bandCount, bandKey, lowBytesOf, minhashSignatures} from '../../source/groups/minhash.js';

const vocabulary = 'river council market school harbour bridge mayor storm ferry police minister budget election court judge union strike hospital doctor nurse teacher student farmer harvest price tax bank loan fire flood road train station airport museum library park festival concert team match player coach season record village city region border army navy treaty summit talks report study survey data energy oil gas wind solar water drought crop forest island coast mountain valley'.split(' ');

/** Sentences of words drawn from the vocabulary, deterministic per seed. */
const sentences = (seed: number, count: number): string[] => {
	let state = seed * 7919 + 17;
	const next = () => {
		state = (Math.imul(state, 1103515245) + 12345) >>> 0;
		return state >>> 8;
	};

	return Array.from({length: count}, () => `${Array.from({length: 8 + (next() % 8)}, () => vocabulary[next() % vocabulary.length]).join(' ')}.`);
};

const member = (id: string, text: string): GroupMember => {
	const input: GroupInput = {id, name: id, text, labels: {lines: [], language: 'und', meta: {}, boilerplateShare: 0}, meta: {}};
	return groupMember(input);
};

/**
 * A corpus shaped like the faults grouping has to get right: families of copies of a story (whole, cut, with words of
 * their own, byte-equal twins and copies that differ only in punctuation: one sequence class), round-ups quoting a few
 * sentences of several stories (weak links), unrelated stories, empty texts, and at times one family of more than
 * fifty near-equal copies (crowded LSH buckets, paired by neighbours).
 */
const corpora = fc
	.record({
		stories: fc.array(fc.record({seed: fc.nat(10_000), length: fc.integer({min: 3, max: 25}), copies: fc.array(fc.record({kind: fc.constantFrom('whole', 'cut', 'added', 'twin', 'punctuation', 'mixed'), at: fc.nat(30), seed: fc.nat(10_000)}), {maxLength: 6})}), {minLength: 1, maxLength: 12}),
		roundUps: fc.nat(3),
		empties: fc.nat(2),
		crowded: fc.boolean(),
		order: fc.nat(),
	})
	.map(({stories, roundUps, empties, crowded, order}) => {
		const texts: string[] = [];
		const told = stories.map(({seed, length}) => sentences(seed, length));
		for (const [s, {copies}] of stories.entries()) {
			const story = told[s]!;
			texts.push(story.join(' '));
			for (const copy of copies) {
				const cut = 1 + (copy.at % story.length);
				if (copy.kind === 'whole' || copy.kind === 'twin') texts.push(story.join(' '));
				else if (copy.kind === 'punctuation') texts.push(story.join('! '));
				else if (copy.kind === 'cut') texts.push(story.slice(0, cut).join(' '));
				else if (copy.kind === 'added') texts.push([...story.slice(0, cut), ...sentences(copy.seed, 1 + (copy.at % 6)), ...story.slice(cut)].join(' '));
				else texts.push([...story.slice(0, cut), ...told[copy.at % told.length]!.slice(cut)].join(' '));
			}
		}

		for (let r = 0; r < roundUps; r++) texts.push(told.flatMap((story, s) => story.slice((r + s) % story.length, ((r + s) % story.length) + 2)).join(' '));
		for (let e = 0; e < empties; e++) texts.push('');
		if (crowded) {
			const story = sentences(order % 1000, 20).join(' ');
			for (let c = 0; c < 60; c++) texts.push(`${story} Copy ${c} adds a closing line of ${vocabulary[c % vocabulary.length]} and ${vocabulary[(c * 7) % vocabulary.length]}.`);
		}

		// Records reach the grouping's thread out of corpus order (workers label slices of it side by side).
		const arrival = texts.map((_, index) => index);
		let state = order;
		for (let k = arrival.length - 1; k > 0; k--) {
			state = (Math.imul(state, 1103515245) + 12345) >>> 0;
			const swap = state % (k + 1);
			[arrival[k], arrival[swap]] = [arrival[swap]!, arrival[k]!];
		}

		return {members: texts.map((text, index) => member(`a${index}`, text)), arrival};
	});

const linksAheadOf = (members: readonly GroupMember[], arrival: readonly number[], given = arrival.length): LinksAhead => {
	const ahead = new LinksAhead(members.length);
	for (const index of arrival.slice(0, given)) ahead.add(index, members[index]!);
	return ahead;
};

test('the groups with the links checked ahead, records given in any order and some not at all, are the groups without them', t => {
	fc.assert(
		fc.property(corpora, fc.double({min: 0, max: 1.5, noNaN: true}), ({members, arrival}, share) => {
			// The records that arrived while a core was free: all of them, or the first few.
			const ahead = linksAheadOf(members, arrival, Math.round(Math.min(1, share) * arrival.length));
			t.true(ahead.fits(members, 0.25, 5));
			t.deepEqual(groupMembers(members, {ahead}), groupMembers(members));
		}),
		{numRuns: 150},
	);
});

test('a pair checked ahead has the link the check finds', t => {
	fc.assert(
		fc.property(corpora, ({members, arrival}) => {
			const ahead = linksAheadOf(members, arrival);
			let pairs = 0;
			let checked = 0;
			const signatures = minhashSignatures(members.map(each => each.print.shingles));
			const lowBytes = lowBytesOf(signatures);
			for (let band = 0; band < bandCount; band++) {
				const buckets = new Map<number, number[]>();
				for (let index = 0; index < members.length; index++) {
					const key = bandKey(signatures, index, band);
					if (key >= 0) buckets.set(key, [...(buckets.get(key) ?? []), index]);
				}

				for (const bucket of buckets.values()) {
					// Several records of one sequence class stand as one in the buckets.
					const classes = new Set(bucket.map(index => `${members[index]!.print.sequenceHash}:${members[index]!.print.tokenCount}`));
					if (classes.size > 50) continue;
					for (const i of bucket) {
						for (const j of bucket) {
							if (i >= j) continue;
							const same = members[i]!.print.sequenceHash === members[j]!.print.sequenceHash && members[i]!.print.tokenCount === members[j]!.print.tokenCount;
							if (same) {
								t.is(ahead.linkOf(i, j), undefined);
								continue;
							}

							const found = linkOf(signatures, lowBytes, i, j, members[i]!.print.shingles, members[j]!.print.shingles, 0.25, 5);
							const given = ahead.linkOf(i, j);
							pairs++;
							if (given === undefined) continue;
							checked++;
							t.is(given, found, `${i}, ${j}`);
						}
					}
				}
			}

			// Those left are pairs joined ahead by strong links through others: the grouping checks them when it meets them apart.
			t.true(pairs === 0 || checked > 0, `${checked} of ${pairs}`);
		}),
		{numRuns: 40},
	);
});

test('the grouping takes its links from ahead when given every record, and ignores them otherwise', t => {
	const story = sentences(3, 12).join(' ');
	const members = [member('a', story), member('b', `${story} A closing line of its own.`), member('c', sentences(4, 12).join(' '))];
	let asked = 0;
	class Counted extends LinksAhead {
		override linkOf(i: number, j: number) {
			asked++;
			return super.linkOf(i, j);
		}
	}

	const ahead = new Counted(members.length);
	for (const [index, each] of members.entries()) ahead.add(index, each);
	t.deepEqual(groupMembers(members, {ahead}), groupMembers(members));
	t.true(asked > 0);
	// Another record in one place: not these links.
	t.false(ahead.fits([members[0]!, member('b', `${story} A closing line of its own.`), members[2]!], 0.25, 5));
	// Other options: not these links.
	t.false(ahead.fits(members, 0.3, 5));
	asked = 0;
	t.deepEqual(groupMembers(members, {ahead, linkContainment: 0.3}), groupMembers(members, {linkContainment: 0.3}));
	t.is(asked, 0);
});

test('two records of one sequence hash whose shingles differ (a hash collision) leave the links ahead unused', t => {
	const one = member('a', sentences(5, 10).join(' '));
	const other = member('b', sentences(6, 10).join(' '));
	const collided: GroupMember = {...other, print: {...other.print, sequenceHash: one.print.sequenceHash, tokenCount: one.print.tokenCount}};
	const ahead = new LinksAhead(2);
	ahead.add(0, one);
	ahead.add(1, collided);
	t.false(ahead.fits([one, collided], 0.25, 5));
});

import test from 'ava';
import {coverageProblems, opProblems} from '../../source/compare/invariants.js';
import type {Comparison, Row} from '../../source/compare/model.js';

const base: Omit<Comparison, 'rows'> = {similarity: 0, containment: {left: 0, right: 0}, relation: 'unrelated', substitutions: [], changes: 0, degraded: false};
const row = (start: number, end: number): Row => ({kind: 'removed', left: {start, end}, right: null, similarity: 0, ops: []});

test('coverage: whitespace may be left out, every other character exactly once', t => {
	t.deepEqual(coverageProblems('ab cd', '', {...base, rows: [row(0, 2), row(3, 5)]}), []);
	t.deepEqual(coverageProblems('ab cd', '', {...base, rows: [row(0, 5)]}), []);
});

test('coverage: gaps, overlaps and out-of-range spans are reported', t => {
	t.not(coverageProblems('ab cd', '', {...base, rows: [row(0, 2)]}).length, 0);
	t.not(coverageProblems('ab cd', '', {...base, rows: [row(0, 4), row(3, 5)]}).length, 0);
	t.not(coverageProblems('ab', '', {...base, rows: [row(0, 3)]}).length, 0);
	t.not(coverageProblems('', 'x', {...base, rows: []}).length, 0);
});

test('ops: inside their row and in order', t => {
	const good: Row = {kind: 'changed', left: {start: 0, end: 5}, right: {start: 0, end: 5}, similarity: 0.5, ops: [
		{op: 'equal', left: {start: 0, end: 2}, right: {start: 0, end: 2}},
		{op: 'removed', left: {start: 3, end: 5}},
		{op: 'added', right: {start: 3, end: 5}},
	]};
	t.deepEqual(opProblems({...base, rows: [good]}), []);
	const outside: Row = {...good, ops: [{op: 'removed', left: {start: 3, end: 6}}]};
	t.not(opProblems({...base, rows: [outside]}).length, 0);
	const backwards: Row = {...good, ops: [{op: 'removed', left: {start: 3, end: 5}}, {op: 'removed', left: {start: 0, end: 2}}]};
	t.not(opProblems({...base, rows: [backwards]}).length, 0);
});

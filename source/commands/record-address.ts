import {stat} from 'node:fs/promises';
import {articleAddress} from '../corpus/address.js';
import type {Article, LoadProblem} from '../corpus/article.js';
import {loadCorpus} from '../corpus/load.js';
import {UsageError} from './io.js';

/** A container of several articles, by its file name: JSON Lines or a web archive. */
const containerName = /\.(?:jsonl|warc|warc\.gz)$/i;

/**
 * The container file of a record address `FILE#key` as `list --json` and
 * `strip --json` write it (corpus/address.ts: `wire.jsonl#a1`,
 * `crawl.warc.gz#https://…`), or undefined when `input` is a file that exists
 * or names no container that exists. The container is the shortest prefix
 * ending before a `#` that is an existing `.jsonl`/`.warc`/`.warc.gz` file, so
 * a `#` inside the key (a URI's fragment) stays in the key.
 */
export async function recordContainer(input: string): Promise<string | undefined> {
	if (input === '-' || !input.includes('#') || (await stat(input).catch(() => null))) return undefined;
	for (let at = input.indexOf('#'); at !== -1; at = input.indexOf('#', at + 1)) {
		const container = input.slice(0, at);
		if (containerName.test(container) && (await stat(container).catch(() => null))?.isFile()) return container;
	}

	return undefined;
}

/**
 * The two articles `diff` was given when at least one is a record address
 * (`FILE#key`); undefined when neither is (the caller loads them as files).
 * Each container is read once; a record is the one whose address is the
 * argument, exactly as list writes it. Problems of the container's other records
 * are not this comparison's and are not returned; a plain file's are.
 * Throws a UsageError naming the container when it holds no such record.
 */
export async function loadAddressedPair(inputs: readonly string[], stdin: NonNullable<Parameters<typeof loadCorpus>[1]>['stdin']): Promise<{articles: Article[]; problems: LoadProblem[]} | undefined> {
	const containers = await Promise.all(inputs.map(recordContainer));
	if (containers.every(container => container === undefined)) return undefined;
	const loads = new Map<string, ReturnType<typeof loadCorpus>>();
	const load = (input: string) => {
		let loading = loads.get(input);
		if (!loading) {
			loading = loadCorpus([input], {stdin});
			loads.set(input, loading);
		}

		return loading;
	};

	const articles: Article[] = [];
	const problems: LoadProblem[] = [];
	for (const [index, input] of inputs.entries()) {
		const container = containers[index];
		if (container === undefined) {
			const corpus = await load(input);
			for (const article of corpus.articles) articles.push(article);
			for (const problem of corpus.problems) problems.push(problem);
			continue;
		}

		// A record's own id wins over a name given by line (`#:7`), whatever the order of the lines.
		const key = input.slice(container.length + 1);
		const records = (await load(container)).articles;
		const record = records.find(article => article.record?.id === key) ?? records.find(article => articleAddress(article) === input);
		if (!record) throw new UsageError(`${container} has no record ${input.slice(container.length + 1)} (copydesk list ${container} names its records)`);
		articles.push(record);
	}

	return {articles, problems};
}

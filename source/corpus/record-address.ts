// A record address `FILE#key`: one record of a JSON Lines file or a web archive,
// named as `list --json` and `strip --json` write it (address.ts). Every command
// that takes a file takes one (load.ts resolves them for all).
import {stat} from 'node:fs/promises';
import {articleAddress} from './address.js';
import type {Article} from './article.js';
import {isStreamed} from './file-kind.js';

/** A record address split: the container file as given and the record's key. */
export type RecordAddress = {container: string; key: string};

/**
 * The container file and key of a record address `FILE#key` (`wire.jsonl#a1`,
 * `crawl.warc.gz#https://…`), or undefined when `input` is `-`, a path that
 * exists, or names no container that exists. The container is the shortest
 * prefix ending before a `#` that is an existing container (file-kind.ts's
 * isStreamed: JSON Lines, WARC, WET) that is no directory, so a `#` inside the key (a URI's fragment) stays in the key.
 * A FIFO is one (breaker19 N8: `p1.jsonl#a1` of a pipe said "no such file"): read from as when it is named whole.
 */
export async function recordAddress(input: string): Promise<RecordAddress | undefined> {
	if (input === '-' || !input.includes('#') || (await stat(input).catch(() => null))) return undefined;
	for (let at = input.indexOf('#'); at !== -1; at = input.indexOf('#', at + 1)) {
		const container = input.slice(0, at);
		if (isStreamed(container) && (await stat(container).catch(() => null))?.isDirectory() === false) return {container, key: input.slice(at + 1)};
	}

	return undefined;
}

/**
 * Picks the records named by addresses from a container's records met one by one
 * (`offer`), then tells which was found (`found`). A record whose own id is the
 * key wins over one the address names otherwise (a record without an id named by
 * its line, `#:7`; a web archive's member by its URI), whatever their order.
 */
export class RecordPicker {
	private readonly byId = new Map<string, Article>();
	private readonly byAddress = new Map<string, Article>();
	/** The wanted addresses (`container#key`), and them by key: an id is looked up, not compared with every address. */
	private readonly wanted = new Set<string>();
	private readonly wantedByKey = new Map<string, string[]>();
	/** Wanted addresses without their record by id yet. */
	private missingById: number;

	constructor(wanted: readonly RecordAddress[]) {
		for (const {container, key} of wanted) {
			const address = `${container}#${key}`;
			if (this.wanted.has(address)) continue;
			this.wanted.add(address);
			const spellings = this.wantedByKey.get(key);
			if (spellings) spellings.push(address);
			else this.wantedByKey.set(key, [address]);
		}

		this.missingById = this.wanted.size;
	}

	/**
	 * Looks at one record of the container; returns true when every address has its record by id (no need to read
	 * on). Two lookups and at most one articleAddress per record, whatever the number of addresses.
	 */
	offer(article: Article): boolean {
		const id = article.record?.id;
		for (const address of id === undefined ? [] : (this.wantedByKey.get(id) ?? [])) {
			if (this.byId.has(address)) continue;
			this.byId.set(address, article);
			this.missingById--;
		}

		if (this.missingById > 0) {
			const address = articleAddress(article);
			if (this.wanted.has(address) && !this.byId.has(address) && !this.byAddress.has(address)) this.byAddress.set(address, article);
		}

		return this.missingById === 0;
	}

	/** The record an address names, or undefined when the container holds none. */
	found(address: RecordAddress): Article | undefined {
		const name = `${address.container}#${address.key}`;
		return this.byId.get(name) ?? this.byAddress.get(name);
	}
}

/** The one-line message for an address whose container holds no such record. */
export const noSuchRecord = ({container, key}: RecordAddress): string => `${container}: has no record ${key} (copydesk list ${container} names its records)`;

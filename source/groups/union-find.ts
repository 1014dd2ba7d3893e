/** Disjoint sets over 0..n-1 with path halving and union by size. */
export class UnionFind {
	private readonly parent: Int32Array;
	private readonly size: Int32Array;

	constructor(n: number) {
		this.parent = Int32Array.from({length: n}, (_, i) => i);
		this.size = new Int32Array(n).fill(1);
	}

	find(x: number): number {
		while (this.parent[x] !== x) {
			this.parent[x] = this.parent[this.parent[x]];
			x = this.parent[x];
		}

		return x;
	}

	union(a: number, b: number): void {
		let rootA = this.find(a);
		let rootB = this.find(b);
		if (rootA === rootB) return;
		if (this.size[rootA] < this.size[rootB]) [rootA, rootB] = [rootB, rootA];
		this.parent[rootB] = rootA;
		this.size[rootA] += this.size[rootB];
	}
}

// Whether this thread stays free while some work is pending, without timing it:
// a setImmediate chain counts the turns of the event loop until the promise
// settles. Work done on this thread (synchronously) lets no turn run, so the
// count is about what ran where, not about how fast the machine is.

/** Awaits `pending`, counting the event loop's turns meanwhile. */
export const countTurnsUntil = async <T>(pending: Promise<T>): Promise<{value: T; turns: number}> => {
	let turns = 0;
	let settled = false;
	const tick = () => {
		if (settled) return;
		turns++;
		setImmediate(tick);
	};
	setImmediate(tick);
	try {
		return {value: await pending, turns};
	} finally {
		settled = true;
	}
};

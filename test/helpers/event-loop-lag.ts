// Measures how long the event loop is blocked: a timer that should fire every
// few ms records the longest gap between two firings, minus its period.
export const watchEventLoop = (periodMs = 2) => {
	let last = performance.now();
	let longest = 0;
	const timer = setInterval(() => {
		const now = performance.now();
		longest = Math.max(longest, now - last - periodMs);
		last = now;
	}, periodMs);
	return {
		/** Longest blocked stretch so far, in ms. */
		longest: () => longest,
		stop: () => clearInterval(timer),
	};
};

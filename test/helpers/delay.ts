/** Waits for Ink to process input and re-render (input is read on the next event-loop turns). */
export const delay = async (ms = 30): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

/** Polls a frame until it matches (Ink renders asynchronously, later on a busy machine); returns the last frame either way. */
export const waitForFrame = async (frame: () => string, pattern: RegExp | ((frame: string) => boolean), timeout = 5000): Promise<string> => {
	const matches = typeof pattern === 'function' ? pattern : (text: string) => pattern.test(text);
	const started = Date.now();
	while (!matches(frame()) && Date.now() - started < timeout) await delay(5);
	return frame();
};

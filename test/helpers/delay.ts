/** Waits for Ink to process input and re-render (input is read on the next event-loop turns). */
export const delay = async (ms = 30): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

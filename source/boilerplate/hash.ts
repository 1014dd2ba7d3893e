/** A 53-bit hash of a string (two 32-bit FNV-1a variants): corpus maps key on numbers, not copies of lines. */
export const hashString = (text: string): number => {
	let low = 0x811C9DC5;
	let high = 0x01000193 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		low = Math.imul(low ^ code, 0x01000193);
		high = Math.imul(high ^ code, 0x5BD1E995);
		high ^= high >>> 15;
	}

	return ((high & 0x1FFFFF) * 0x1_0000_0000) + (low >>> 0);
};

// A generated pair of news texts, long enough that its changes lie below the
// first screen, where a copy changes one figure, one day and one place name
// (and nothing else): for the reader's fact tests, in Ink and in tmux.

const places = ['Ashford', 'Bexley', 'Crawley', 'Dorking', 'Epsom', 'Farnham', 'Guildford', 'Hastings', 'Ilford', 'Jarrow', 'Kendal', 'Ludlow', 'Malvern', 'Newbury', 'Oakham', 'Penrith', 'Reigate', 'Selby', 'Thirsk', 'Uckfield', 'Ventnor', 'Wantage', 'Yeovil', 'Alton', 'Bodmin', 'Cromer', 'Diss', 'Ely'];
const verbs = ['cleared', 'inspected', 'repaired', 'closed', 'reopened', 'sandbagged', 'pumped', 'checked', 'surveyed', 'drained'];
const things = ['the bridge', 'the school', 'the market road', 'the rail line', 'the bus depot', 'the old mill', 'the clinic', 'the harbour wall', 'the playing fields', 'the library'];

/** Left and right texts: 28 paragraphs, the changed facts in paragraphs 20 (a figure), 23 (a day) and 26 (a name). */
export const factPair = (): {left: string; right: string} => {
	const paragraphs = places.map((place, index) => `Crews in ${place} ${verbs[index % verbs.length]} ${things[(index * 3) % things.length]} after the storm, and volunteers from ${places[(index + 5) % places.length]} brought food and blankets for the night.`);
	const left = [...paragraphs];
	const right = [...paragraphs];
	left[20] = 'The river rose overnight and 21 people were taken to hospital with minor injuries, the county fire service said.';
	right[20] = 'The river rose overnight and 12 people were taken to hospital with minor injuries, the county fire service said.';
	left[23] = 'Schools across the valley will stay shut until Tuesday while engineers check the flood defences.';
	right[23] = 'Schools across the valley will stay shut until Wednesday while engineers check the flood defences.';
	left[26] = 'The mayor of Marlow thanked the crews and promised a review of the warning system.';
	right[26] = 'The mayor of Harlow thanked the crews and promised a review of the warning system.';
	return {left: left.join('\n\n'), right: right.join('\n\n')};
};

/**
 * Left and right texts of `count` paragraphs (a dozen by default), each with a long quotation
 * the copy alters by one word: as many changed facts, each too long for a narrow line.
 */
export const manyFactsPair = (count = 12): {left: string; right: string} => {
	const paragraph = (index: number, word: string) =>
		`"The crews in ${places[index % places.length]} worked through the ${word} to clear the roads, reopen the schools and bring food to every family cut off by the water," a spokesman for the council said.`;
	const left = Array.from({length: count}, (_, index) => paragraph(index, 'night'));
	const right = Array.from({length: count}, (_, index) => paragraph(index, 'weekend'));
	return {left: left.join('\n\n'), right: right.join('\n\n')};
};

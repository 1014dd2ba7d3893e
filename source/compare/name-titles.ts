/**
 * Titles written before a name, abbreviated and in full: "Gov. Gavin Newsom" is "Governor Gavin Newsom", "Lt. Col. John
 * Smith" "Lieutenant Colonel John Smith". The AP Stylebook abbreviates a title before a full name ("Gov.", "Lt. Gov.",
 * "Sen.", "Rep.", "Rev.", "Dr."; its "military titles" entry: "Gen.", "Lt. Gen.", "Col.", "Lt. Col.", "Maj.", "Capt.",
 * "Sgt.", "Cpl.", "Pvt.", "Adm.", "Cmdr."), most other house styles and every rewrite for broadcast spell it out; the
 * abbreviations of places ("St. Petersburg", "Mt. Everest", "Ft. Worth") are the same style rule. English; lower case, no
 * stop. A title replaced by another ("Sen." / "Rep.") stays a changed name.
 */
export const titleAbbreviations: ReadonlyMap<string, string> = new Map([
	['gov', 'governor'],
	['sen', 'senator'],
	['rep', 'representative'],
	['pres', 'president'],
	['supt', 'superintendent'],
	['rev', 'reverend'],
	['prof', 'professor'],
	['dr', 'doctor'],
	['hon', 'honourable'],
	['gen', 'general'],
	['lt', 'lieutenant'],
	['col', 'colonel'],
	['maj', 'major'],
	['capt', 'captain'],
	['cpt', 'captain'],
	['sgt', 'sergeant'],
	['cpl', 'corporal'],
	['pvt', 'private'],
	['adm', 'admiral'],
	['cmdr', 'commander'],
	['cmdt', 'commandant'],
	['brig', 'brigadier'],
	['st', 'saint'],
	['mt', 'mount'],
	['ft', 'fort'],
]);

/** Spellings of a full title that are one title ("Honorable", AP's, and "Honourable"). */
const fullSpellings: ReadonlyMap<string, string> = new Map([['honorable', 'honourable']]);

/** Any word of either table in a key, a quick test before the key is split. */
const titleWord = new RegExp(`(?<![\\p{L}])(?:${[...titleAbbreviations.keys(), ...fullSpellings.keys()].join('|')})(?![\\p{L}])`, 'u');

/**
 * A name key (lower case, without stops: compare/facts.ts nameKey) with every title word as its full title
 * (titleAbbreviations): "gov gavin newsom" and "governor gavin newsom" are one key. Other words as they are.
 */
export const withFullTitles = (key: string): string => {
	if (!titleWord.test(key)) return key;
	return key
		.split(' ')
		.map(word => titleAbbreviations.get(word) ?? fullSpellings.get(word) ?? word)
		.join(' ');
};

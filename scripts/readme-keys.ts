// Prints the README's key tables from the keymap, the single source of the
// keys: `node --import=tsx scripts/readme-keys.ts`. test/readme.ts checks
// that the README carries exactly this text.
import {helpSections, type Screen} from '../source/reader/keymap.js';

const titles: Record<Screen, string> = {list: 'List screen', filter: 'Typing a filter (`/` on the list)', split: 'Split view', search: 'Typing a search (`/` in the split view)', overlay: 'Help and lists (`?`, `p`, `S`)', story: 'Story view (`s` on a group member, or `copydesk story`)'};

export const keyTables = (): string => {
	const out: string[] = [];
	for (const screen of Object.keys(titles) as Screen[]) {
		out.push(`**${titles[screen]}**`, '', '| keys | does |', '| --- | --- |');
		for (const section of helpSections(screen)) {
			for (const line of section.lines) out.push(`| ${line.keys.replaceAll('|', '\\|')} | ${line.description.replaceAll('|', '\\|')} |`);
		}

		out.push('');
	}

	out.push('`Ctrl-C` quits from anywhere; the terminal is always restored. `Ctrl-Z` hands the terminal back to the shell and stops the reader, as less and vim do; `fg` brings it back where it was.');
	return out.join('\n');
};

if (import.meta.url === `file://${process.argv[1]}`) console.log(keyTables());

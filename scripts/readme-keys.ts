// Prints the README's key tables from the keymap, the single source of the
// keys: `node --import=tsx scripts/readme-keys.ts`. test/readme.ts checks
// that the README carries exactly this text.
import {helpSections, type Screen} from '../source/reader/keymap.js';

const titles: Record<Screen, string> = {list: 'List screen', split: 'Split view', story: 'Story view'};

export const keyTables = (): string => {
	const out: string[] = [];
	for (const screen of ['list', 'split', 'story'] as const) {
		out.push(`**${titles[screen]}**`, '', '| keys | does |', '| --- | --- |');
		for (const section of helpSections(screen)) {
			for (const line of section.lines) out.push(`| ${line.keys.replaceAll('|', '\\|')} | ${line.description.replaceAll('|', '\\|')} |`);
		}

		out.push('');
	}

	out.push('`Ctrl-C` quits from anywhere; the terminal is always restored.');
	return out.join('\n');
};

if (import.meta.url === `file://${process.argv[1]}`) console.log(keyTables());

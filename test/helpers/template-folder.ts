// A folder where grouping by fingerprints alone goes wrong (issue 13): the seed
// corpus (one story in three copies, two rewrites), five earnings reports from
// one template (another company, city, chief, day and every figure, each dated),
// a later copy of two of them, and a round-up quoting two paragraphs of each of
// three stories (dated weeks after them).
import {copyFileSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ExecutionContext} from 'ava';
import {temporaryDirectoryFor} from './temporary-directory.js';

const seeds = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** One earnings report from the template. */
export const earnings = (company: string, city: string, day: string, revenue: string, growth: string, income: string, eps: string, chief: string, shares: string, date: string): string =>
	[
		`${company} posts quarterly results`,
		date,
		`${city} — ${company} reported quarterly revenue of $${revenue} billion on ${day}, up ${growth}% from a year earlier.`,
		`Net income rose to $${income} million, or $${eps} per share, the ${city}-based company said.`,
		'The company said demand for its cloud services remained strong across all regions.',
		`Chief executive ${chief} said the results reflected disciplined execution and steady investment.`,
		`Shares of ${company.split(' ')[0]} rose ${shares}% in after-hours trading in New York.`,
		'Analysts had expected slightly weaker results, according to data compiled by the exchange.',
	].join('\n\n') + '\n';

const reports = [
	earnings('Acme Corp', 'Denver', 'Tuesday', '2.1', '4', '361', '0.56', 'John Smith', '8', 'March 5, 2024'),
	earnings('Globex Inc', 'Austin', 'Wednesday', '4.8', '14', '314', '0.51', 'Mary Jones', '1', 'March 6, 2024'),
	earnings('Initech', 'Columbus', 'Thursday', '8.1', '12', '287', '0.44', 'Peter Gibbons', '3', 'March 7, 2024'),
	earnings('Umbrella plc', 'Raccoon City', 'Monday', '6.6', '10', '452', '0.71', 'Alice Abernathy', '5', 'March 11, 2024'),
	earnings('Hooli', 'Palo Alto', 'Friday', '9.3', '7', '518', '0.83', 'Gavin Belson', '2', 'March 8, 2024'),
];

/** Paragraphs of a text longer than `least` characters. */
const paragraphs = (text: string, least: number) => text.split(/\n\s*\n/).map(each => each.trim()).filter(each => each.length > least);

/**
 * Writes the folder (removed when `t` ends) and returns its path. Files: the seeds, earn0…earn4.txt,
 * earn0-copy.txt (one word changed, dated March 9), earn1-copy.txt (share links added, dated March 12),
 * digest.txt (April 20: two paragraphs of seed 000, of earn0 and of earn1).
 */
export function templateFolder(t: ExecutionContext): string {
	const folder = temporaryDirectoryFor(t, 'copydesk-template-');
	for (const name of readdirSync(seeds)) copyFileSync(path.join(seeds, name), path.join(folder, name));
	for (const [index, text] of reports.entries()) writeFileSync(path.join(folder, `earn${index}.txt`), text);
	writeFileSync(path.join(folder, 'earn0-copy.txt'), reports[0]!.replace('March 5, 2024', 'March 9, 2024').replace('disciplined execution', 'careful execution'));
	writeFileSync(path.join(folder, 'earn1-copy.txt'), `${reports[1]!.replace('March 6, 2024', 'March 12, 2024')}\nShare this article\nFacebook\nTwitter\n`);
	const seed = readFileSync(path.join(seeds, '000_0d08df38c960a208.txt'), 'utf8');
	const digest = ['Weekly round-up', 'April 20, 2024', ...paragraphs(seed, 120).slice(1, 3), ...paragraphs(reports[0]!, 60).slice(1, 3), ...paragraphs(reports[1]!, 60).slice(1, 3)];
	writeFileSync(path.join(folder, 'digest.txt'), `${digest.join('\n\n')}\n`);
	return folder;
}

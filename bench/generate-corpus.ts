// Deterministic synthetic news corpora with known near-duplicate families, for
// measuring grouping quality and speed at scale. Every family has an original
// and, by chance, verbatim copies carrying scraped chrome (headline lists,
// PREV/NEXT, comment forms, share links), edited copies, spun copies (words
// swapped for stand-ins), summary rewrites; other families are written on the
// same subjects with the same names (hard negatives). Articles are published on
// sites whose template lines repeat across the corpus, as in real scrapes.
//
//   node --import=tsx bench/generate-corpus.ts OUTDIR [ARTICLES] [--jsonl]
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {seededRandom as random} from './generate-article.js';

export type GeneratedArticle = {name: string; family: number; variant: Variant; text: string; title: string};
export type Variant = 'original' | 'verbatim' | 'edited' | 'spun' | 'rewrite';

const words = (list: string): string[] => list.trim().split(/\s+/);
const nouns = words(`
	council mayor budget bridge harbour ferry storm flood river school teacher student hospital doctor nurse patient police officer court judge
	jury lawyer minister government parliament election vote campaign party leader union strike worker factory company market price tax bank
	loan farmer harvest crop drought water energy oil gas pipeline wind turbine solar panel grid station train railway airport flight airline
	museum library festival concert artist film director season team player coach match stadium league record village town city region border
	army soldier navy ship port treaty summit talks report study survey researcher scientist data virus vaccine clinic ambulance fire forest
	island coast mountain valley road tunnel highway traffic accident driver bus tram cyclist housing rent tenant landlord property developer
	contract tender investor shares profit loss debt deficit inflation wage pension benefit reform law regulation agency inspector audit
	scandal investigation witness suspect arrest prison sentence appeal protest march crowd speech interview statement spokesman newspaper
	broadcaster journalist editor website platform app software network data centre satellite rocket launch mission telescope planet
	climate emission carbon target plan strategy programme project fund grant charity volunteer community neighbourhood resident family child
	parent youth club church mosque temple school board university campus lecture exam degree graduate apprentice job vacancy employer
`);
const verbs = words(`
	announced confirmed denied approved rejected delayed postponed cancelled launched opened closed expanded reduced increased cut raised
	criticised praised defended questioned investigated reviewed suspended restored blocked signed agreed negotiated proposed demanded warned
	promised urged welcomed condemned supported opposed funded built repaired replaced inspected tested measured recorded reported revealed
`);
const adjectives = words(`
	new old major minor local national regional international public private early late long short strong weak heavy light urgent
	serious careful detailed brief official unofficial temporary permanent sudden gradual significant modest rapid slow rising falling
	controversial popular unpopular historic modern rural urban coastal northern southern eastern western central annual monthly weekly
`);
const firstNames = words('Anna Boris Carla David Elena Farid Grace Hassan Irene Jonas Kateryna Luis Maria Nadia Omar Paula Quentin Rosa Samir Tomas Ursula Victor Wen Yusuf Zofia');
const lastNames = words('Adler Brennan Castillo Dubois Eriksen Fischer Garcia Horvat Ivanova Jensen Kowalski Larsen Moreau Novak Okafor Petrov Quinn Rossi Silva Tanaka Ueda Varga Weber Xu Yilmaz Zimmermann');
const places = words('Arden Bellmouth Carrow Dunmore Eastfield Fairhaven Glenmoor Harwick Ironbridge Kelby Lindon Marston Northgate Oakham Pellworth Queensferry Redbank Stanmore Thornby Upton Valemont Westbury Yarrow');
const days = words('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');
const connectors = words('However Meanwhile Earlier Later Separately Previously Since Still Overall Instead');
const spinPool = words(`
	authority chief funding crossing port boat tempest deluge stream academy instructor pupil infirmary physician carer officer tribunal magistrate
	panel attorney secretary administration assembly poll ballot drive faction head walkout labourer plant firm bazaar cost levy lender credit
	grower yield output dryness power fuel conduit breeze generator sun board network depot locomotive rail airfield journey carrier gallery
	archive fair gig painter movie filmmaker year squad athlete trainer fixture arena division tally hamlet borough metropolis area frontier
`);

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)];

/** One site's chrome: what scrapers carry along from its pages. */
type Site = {name: string; header: string[]; footer: string[]};

function makeSites(next: () => number, count: number): Site[] {
	return Array.from({length: count}, (_, i) => {
		const name = `${pick(next, places)} ${pick(next, ['Herald', 'Post', 'Courier', 'Gazette', 'News', 'Times', 'Observer', 'Daily'])} ${i}`;
		const styles = [
			[`${name}`, 'Home | News | Sport | Business | Opinion | Culture'],
			['Breaking news', ...Array.from({length: 5}, () => `${capitalise(pick(next, adjectives))} ${pick(next, nouns)} ${pick(next, verbs)} in ${pick(next, places)} -`)],
			['Menu', 'Search', 'Sign in'],
		];
		const footers = [
			['PREV', 'NEXT'],
			['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment', 'Name *', 'Email *'],
			['Share this article', 'Facebook', 'Twitter', 'WhatsApp', 'Email'],
			[`© ${2000 + (i % 25)} ${name}. All rights reserved.`, 'Privacy policy | Cookie settings | Contact us'],
			['Subscribe to our newsletter', 'Get the day\'s top stories in your inbox.'],
		];
		return {name, header: pick(next, styles), footer: [...pick(next, footers), ...(next() < 0.5 ? pick(next, footers) : [])]};
	});
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A subject: names and places a set of stories share (hard negatives for grouping). */
type Subject = {people: string[]; places: string[]; topic: string[]};

function makeSubject(next: () => number): Subject {
	return {
		people: Array.from({length: 4}, () => `${pick(next, firstNames)} ${pick(next, lastNames)}`),
		places: Array.from({length: 3}, () => pick(next, places)),
		topic: Array.from({length: 8}, () => pick(next, nouns)),
	};
}

function sentence(next: () => number, subject: Subject): string {
	const noun = () => (next() < 0.4 ? pick(next, subject.topic) : pick(next, nouns));
	const templates = [
		() => `The ${pick(next, adjectives)} ${noun()} in ${pick(next, subject.places)} ${pick(next, verbs)} the ${noun()} on ${pick(next, days)}, according to ${pick(next, subject.people)}.`,
		() => `${pick(next, subject.people)}, who leads the ${pick(next, adjectives)} ${noun()}, said the ${noun()} had ${pick(next, verbs)} a ${pick(next, adjectives)} ${noun()} worth ${Math.floor(next() * 900 + 10)} million.`,
		() => `"We have ${pick(next, verbs)} the ${noun()} and the ${noun()} will be ${pick(next, verbs)} by ${pick(next, days)}," ${pick(next, subject.people)} told the ${noun()}.`,
		() => `${pick(next, connectors)}, ${Math.floor(next() * 5000 + 20)} ${noun()}s ${pick(next, verbs)} a ${pick(next, adjectives)} ${noun()} near ${pick(next, subject.places)}, while the ${noun()} ${pick(next, verbs)} the ${pick(next, adjectives)} ${noun()}.`,
		() => `Officials ${pick(next, verbs)} that the ${pick(next, adjectives)} ${noun()} and the ${noun()} of ${pick(next, subject.places)} would be ${pick(next, verbs)} after the ${noun()} ${pick(next, verbs)} its ${pick(next, adjectives)} ${noun()}.`,
		() => `The ${noun()} ${pick(next, verbs)} by ${Math.floor(next() * 60 + 2)} percent this year, and ${pick(next, subject.people)} ${pick(next, verbs)} a ${pick(next, adjectives)} ${noun()} for the ${noun()}.`,
	];
	return pick(next, templates)();
}

type Story = {title: string; paragraphs: string[][]};

function writeStory(next: () => number, subject: Subject): Story {
	const title = `${capitalise(pick(next, adjectives))} ${capitalise(pick(next, subject.topic))} ${capitalise(pick(next, verbs))} in ${pick(next, subject.places)} as ${capitalise(pick(next, nouns))} ${capitalise(pick(next, verbs))}`;
	const paragraphs = Array.from({length: 10 + Math.floor(next() * 18)}, () => Array.from({length: 1 + Math.floor(next() * 4)}, () => sentence(next, subject)));
	return {title, paragraphs};
}

/** Swaps a share of the words for stand-ins, deterministically per word (as spinning tools do). */
function spin(text: string, share: number, next: () => number): string {
	return text.replace(/\b[a-z]{4,}\b/g, word => (next() < share ? spinPool[hashWord(word) % spinPool.length] : word));
}

const hashWord = (word: string): number => {
	let hash = 2166136261;
	for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
	return hash >>> 0;
};

function render(story: Story, site: Site, next: () => number, withChrome: boolean, date?: string): string {
	const lines: string[] = [];
	if (withChrome) lines.push(...site.header, '');
	lines.push(next() < 0.3 ? `# ${story.title}` : story.title, '');
	if (date) lines.push(date, '');
	for (const paragraph of story.paragraphs) lines.push(paragraph.join(' '), '');
	if (withChrome) lines.push(...site.footer, '');
	const text = lines.join('\n');
	return next() < 0.1 ? text.replace(/\n/g, '\r\n') : text;
}

function variantOf(variant: Variant, story: Story, next: () => number): Story {
	switch (variant) {
		case 'original':
		case 'verbatim':
			return story;
		case 'edited': {
			const paragraphs = story.paragraphs.map(paragraph => paragraph.filter(() => next() > 0.08)).filter(paragraph => paragraph.length > 0);
			paragraphs.splice(Math.floor(next() * paragraphs.length), 0, [`${pick(next, connectors)}, the ${pick(next, nouns)} ${pick(next, verbs)} the ${pick(next, adjectives)} ${pick(next, nouns)}.`]);
			return {title: story.title, paragraphs: paragraphs.map(paragraph => paragraph.map(s => s.replace(/\d+/g, digits => String(Number(digits) + (next() < 0.3 ? 1 : 0)))))};
		}
		case 'spun':
			return {title: spin(story.title.toLowerCase(), 0.3, next), paragraphs: story.paragraphs.map(paragraph => paragraph.map(s => spin(s, 0.25, next)))};
		case 'rewrite': {
			const kept = story.paragraphs.flat().filter(() => next() < 0.55);
			const paragraphs: string[][] = [];
			for (let i = 0; i < kept.length; i += 2) paragraphs.push(kept.slice(i, i + 2).map(s => spin(s, 0.1, next)));
			return {title: `${story.title}: what we know`, paragraphs: paragraphs.length > 0 ? paragraphs : [story.paragraphs[0]]};
		}
	}
}

/** A corpus of about `count` articles; deterministic for a seed. */
export function generateCorpus(count: number, seed = 1): GeneratedArticle[] {
	const next = random(seed);
	const sites = makeSites(next, Math.max(5, Math.round(count / 200)));
	const subjects = Array.from({length: Math.max(3, Math.round(count / 40))}, () => makeSubject(next));
	const articles: GeneratedArticle[] = [];
	let family = 0;
	while (articles.length < count) {
		family++;
		const subject = pick(next, subjects);
		const story = writeStory(next, subject);
		const size = next() < 0.4 ? 1 : 2 + Math.floor(next() * 6);
		const date = next() < 0.3 ? `2024-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}` : undefined;
		for (let member = 0; member < size && articles.length < count; member++) {
			const variant: Variant = member === 0 ? 'original' : pick(next, ['verbatim', 'verbatim', 'edited', 'edited', 'spun', 'rewrite'] as const);
			const told = variantOf(variant, story, next);
			const site = pick(next, sites);
			const text = render(told, site, next, variant !== 'original' || next() < 0.5, member === 0 ? date : undefined);
			articles.push({name: '', family, variant, text, title: told.title});
		}
	}

	// Shuffled names: the order of the corpus says nothing about families.
	const order = articles.map((_, index) => index).sort(() => 0).map(index => ({index, key: next()})).sort((a, b) => a.key - b.key);
	return order.map(({index}, position) => ({...articles[index], name: `a${String(position).padStart(6, '0')}.txt`}));
}

/** Writes the corpus as files (or one JSON Lines file) plus OUTDIR.truth.json (name → family) and OUTDIR.variants.json (name → variant). */
export async function writeCorpus(directory: string, articles: readonly GeneratedArticle[], jsonl = false): Promise<void> {
	await mkdir(directory, {recursive: true});
	if (jsonl) {
		await writeFile(path.join(directory, 'corpus.jsonl'), articles.map(article => JSON.stringify({id: article.name, text: article.text})).join('\n') + '\n');
	} else {
		for (let at = 0; at < articles.length; at += 256) {
			await Promise.all(articles.slice(at, at + 256).map(article => writeFile(path.join(directory, article.name), article.text)));
		}
	}

	const id = (article: GeneratedArticle) => (jsonl ? `corpus.jsonl#${article.name}` : article.name);
	const truth = Object.fromEntries(articles.map(article => [id(article), article.family]));
	const variants = Object.fromEntries(articles.map(article => [id(article), article.variant]));
	await writeFile(path.join(path.dirname(directory), `${path.basename(directory)}.variants.json`), JSON.stringify(variants));
	await writeFile(path.join(path.dirname(directory), `${path.basename(directory)}.truth.json`), JSON.stringify(truth));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	const [outDir, countText] = process.argv.slice(2).filter(arg => !arg.startsWith('--'));
	if (!outDir) {
		console.error('usage: generate-corpus.ts OUTDIR [ARTICLES] [--jsonl]');
		process.exit(2);
	}

	const articles = generateCorpus(Number(countText ?? 1000));
	await writeCorpus(outDir, articles, process.argv.includes('--jsonl'));
	console.log(`${articles.length} articles, ${new Set(articles.map(a => a.family)).size} families → ${outDir}`);
}

import type {Story, StoryArticle} from '../story/story.js';
import {shownSimilarity} from '../render/similarity-text.js';
import {articleAddress} from '../corpus/address.js';

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

/** An article's fields; `path` is its address (a record's `FILE#key`, which --base and every command take back). */
const articleJson = (article: StoryArticle, date: string | undefined) => ({path: articleAddress(article), name: article.name, title: article.title, date: date ?? null});

/** The documented `copydesk story --json` object (README, "story --json"). */
export const storyJson = (story: Story) => ({
	base: articleJson(story.base, story.baseDate),
	copies: story.copies.map((copy, index) => {
		const summary = story.collation.copies[index];
		return {
			...articleJson(copy.article, copy.date),
			relation: summary.relation,
			similarity: shownSimilarity(summary.similarity, summary.relation === 'identical', 4),
			boilerplate_share: round(copy.article.labels.boilerplateShare),
			changes: summary.changes,
			facts_changed: summary.factsChanged,
			states: summary.states,
			degraded: summary.degraded,
		};
	}),
	rows: story.collation.rows.map(row => ({
		base: row.base,
		cells: row.cells.map(cell => ({copy: cell.copy, state: cell.state, span: cell.span, facts: cell.facts})),
	})),
});

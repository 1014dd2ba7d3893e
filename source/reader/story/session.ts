// What the story view keeps while the split view it opened is on screen: the
// cursor and the collated stories, so coming back is instant and in place.
import type {Story} from '../../story/story.js';
import {initialStoryState, type StoryState} from './state.js';

export type StorySession = {
	/** The articles of the story (ids), base included. */
	ids: readonly string[];
	/** The base's id (changes with the "make this copy the base" key). */
	baseId: string;
	state: StoryState;
	/** Collated stories by base id (a few: switching bases back and forth is instant). */
	stories: Map<string, Story>;
};

/** A new session over these articles, with this base. */
export const storySession = (ids: readonly string[], baseId: string): StorySession => ({ids, baseId, state: initialStoryState, stories: new Map()});

/** Stories kept per session. */
export const storiesKept = 4;

// The story view widget: builds the story of a set of articles (each copy
// compared with the base, one at a time, off the reader's thread when it can),
// keeps its cursor in a session the App holds, and answers keys routed to it
// by the App's one input router.
import type {Key} from 'ink';
import React, {useEffect, useState, type MutableRefObject} from 'react';
import type {Comparison} from '../../compare/model.js';
import type {AnalyzedArticle} from '../../corpus/article.js';
import {factsAcross} from '../../story/facts-across.js';
import {copyLabels} from '../../render/story-marks.js';
import {articleDate} from '../../corpus/article.js';
import {storyFromComparisons, type Story, type StoryCopy} from '../../story/story.js';
import {helpSections, runKey} from '../keymap.js';
import {clampOverlayTop, fitOverlayLines, Overlay, overlayKeyActions, type OverlayLine} from '../overlay.js';
import type {Theme} from '../theme.js';
import {useStore} from '../use-store.js';
import {storyKeys} from './keys.js';
import {storyColumns} from './layout.js';
import {StoryScreen, storyPage} from './screen.js';
import {storiesKept, type StorySession} from './session.js';
import {storyReducer, type StoryViewSize} from './state.js';

export type StoryViewProps = {
	session: StorySession;
	/** The article with this id, as the reader has it now. */
	article: (id: string) => AnalyzedArticle | undefined;
	/** Base (left) against a copy (right), boilerplate left out. */
	compare: (base: AnalyzedArticle, copy: AnalyzedArticle) => Promise<Comparison>;
	width: number;
	height: number;
	theme: Theme;
	/** The App routes keys here while the story view is on screen. */
	keys: MutableRefObject<((text: string, key: Key) => void) | null>;
	/** Open the split view of the base and a copy, scrolled to a base offset. */
	onOpen: (base: AnalyzedArticle, copy: AnalyzedArticle, baseOffset: number) => void;
	onBack: () => void;
	onQuit: (code: number) => void;
};

/** Compares every copy with the base, one after another, reporting progress; stops when `cancelled()`. */
export const buildStoryStepwise = async (
	base: AnalyzedArticle,
	copies: readonly AnalyzedArticle[],
	compare: StoryViewProps['compare'],
	onProgress: (done: number) => void,
	cancelled: () => boolean,
): Promise<Story | null> => {
	const compared: StoryCopy[] = [];
	for (const copy of copies) {
		// eslint-disable-next-line no-await-in-loop -- one at a time: the screen and keys stay live between them
		const comparison = await compare(base, copy);
		if (cancelled()) return null;
		const date = articleDate(copy);
		compared.push({article: copy, comparison, ...(date ? {date} : {})});
		onProgress(compared.length);
	}

	return storyFromComparisons(base, compared);
};

const helpLines = (): OverlayLine[] =>
	helpSections('story').flatMap(section => [{text: section.category, heading: true}, ...section.lines.map(line => ({text: `  ${line.keys.padEnd(18)} ${line.description}`}))]);

const factLines = (story: Story, row: number): OverlayLine[] => {
	const names = copyLabels(story.copies.map(copy => copy.article.name));
	const list = (copies: readonly number[]) => (copies.length <= 12 ? copies.map(index => names[index]).join(', ') : `${copies.slice(0, 12).map(index => names[index]).join(', ')}, …`);
	const facts = factsAcross(story.collation, row);
	if (facts.length === 0) return [{text: 'no copy changed a number, date or name in this sentence'}];
	return facts.flatMap(fact => [
		{text: `${fact.kind}: ${fact.base ? `“${fact.base}”` : '(not in the base)'}${fact.base ? ` — as in the base in ${fact.same.length} cop${fact.same.length === 1 ? 'y' : 'ies'}${fact.same.length > 0 ? ` (${list(fact.same)})` : ''}` : ''}`, heading: true},
		...fact.variants.map(variant => ({text: `  ${variant.text ? `“${variant.text}”` : '(left out)'} in ${variant.copies.length} cop${variant.copies.length === 1 ? 'y' : 'ies'} (${list(variant.copies)})`})),
	]);
};

/** The story view widget (see the file comment): screen, keys, overlays, and the story built from the session's articles. */
export const StoryView = ({session, article, compare, width, height, theme, keys, onOpen, onBack, onQuit}: StoryViewProps) => {
	const [state, dispatch, current] = useStore(storyReducer, session.state);
	const [baseId, setBaseId] = useState(session.baseId);
	const [story, setStory] = useState<Story | null>(() => session.stories.get(session.baseId) ?? null);
	const [progress, setProgress] = useState<{done: number; total: number} | null>(null);
	const [error, setError] = useState<string | null>(null);
	const [overlayTop, setOverlayTop] = useState(0);
	// The cursor outlives this component (the split view replaces it for a while).
	session.state = state;
	session.baseId = baseId;

	useEffect(() => {
		const known = session.stories.get(baseId);
		if (known) {
			setStory(known);
			return;
		}

		setStory(null);
		setError(null);
		const base = article(baseId);
		const copies = session.ids.filter(id => id !== baseId).map(article).filter((copy): copy is AnalyzedArticle => copy !== undefined);
		if (!base || copies.length === 0) {
			setError(base ? 'no copies to compare' : 'the base is gone');
			return;
		}

		let cancelled = false;
		setProgress({done: 0, total: copies.length});
		buildStoryStepwise(base, copies, compare, done => !cancelled && setProgress({done, total: copies.length}), () => cancelled).then(
			built => {
				if (!built || cancelled) return;
				if (session.stories.size >= storiesKept) session.stories.delete(session.stories.keys().next().value!);
				session.stories.set(baseId, built);
				setStory(built);
				setProgress(null);
			},
			(failure: unknown) => !cancelled && setError(failure instanceof Error ? failure.message : String(failure)),
		);
		return () => {
			cancelled = true;
		};
	}, [baseId]);

	const size = (shown: Story | null): StoryViewSize => ({
		rows: shown?.collation.rows.length ?? 0,
		copies: shown?.copies.length ?? 0,
		page: storyPage(height),
		columns: shown ? storyColumns(shown, width).visible : 1,
	});
	// A resize or a new story: keep the cursor inside and in view.
	useEffect(() => {
		if (story) dispatch({type: 'fit', ...size(story)});
	}, [story, width, height]);

	/** The open overlay's lines, fitted to the width (long lines wrap; scrolling counts these). */
	const overlayLines = (): OverlayLine[] => {
		const {overlay, row} = current();
		if (overlay === 'help') return fitOverlayLines(helpLines(), width);
		if (overlay === 'facts' && story) return fitOverlayLines(factLines(story, row), width);
		return [];
	};
	// As in the list and the split view: the overlay's keys come from the keymap; any other key closes it.
	const closeOverlay = () => {
		setOverlayTop(0);
		dispatch({type: 'overlay', overlay: null});
	};
	const overlayActions = overlayKeyActions(height, () => overlayLines().length, by => setOverlayTop(top => clampOverlayTop(top + by, overlayLines().length, height)), closeOverlay);

	const actions = storyKeys({
		state: current,
		story: () => story,
		size: () => size(story),
		dispatch,
		open(copyIndex, baseOffset) {
			const copy = story?.copies[copyIndex];
			const base = story ? article(story.base.id) : undefined;
			const copyArticle = copy ? article(copy.article.id) : undefined;
			if (base && copyArticle) onOpen(base, copyArticle, baseOffset);
		},
		base(copyIndex) {
			const copy = story?.copies[copyIndex];
			if (!copy) return;
			dispatch({type: 'reset'});
			dispatch({type: 'hint', hint: `base: ${copy.article.name}`});
			setBaseId(copy.article.id);
		},
		back: onBack,
		quit: () => onQuit(0),
	});

	keys.current = (text: string, key: Key) => {
		if (current().overlay) {
			if (!runKey('overlay', overlayActions, text, key, () => {})) closeOverlay();
			return;
		}

		runKey('story', actions, text, key, reason => dispatch({type: 'hint', hint: reason}));
	};

	if (state.overlay === 'help') return <Overlay title="copydesk · story view keys" lines={overlayLines()} top={overlayTop} width={width} height={height} theme={theme} />;
	if (state.overlay === 'facts' && story) {
		const row = story.collation.rows[state.row];
		return <Overlay title={`facts changed across copies · sentence ${(row?.sentence ?? 0) + 1}`} lines={overlayLines()} top={overlayTop} width={width} height={height} theme={theme} />;
	}

	return <StoryScreen story={story} progress={progress} error={error} state={state} width={width} height={height} theme={theme} />;
};

import {useCallback, useReducer, useRef} from 'react';

/**
 * useReducer whose latest state is also readable synchronously (`current()`).
 * Keys can arrive faster than React re-renders (pasted or repeated keys); an
 * input handler reading render-time state would act on a stale list or lose
 * typed characters. Both copies apply the same pure reducer to the same
 * actions, so they agree.
 */
export const useStore = <S, A>(reducer: (state: S, action: A) => S, initial: S): [S, (action: A) => void, () => S] => {
	const [state, dispatchToReact] = useReducer(reducer, initial);
	const latest = useRef(initial);
	const dispatch = useCallback((action: A) => {
		latest.current = reducer(latest.current, action);
		dispatchToReact(action);
	}, []);
	const current = useCallback(() => latest.current, []);
	return [state, dispatch, current];
};

/** Remembers the last result of `compute` for the same arguments (compared with ===). */
export const memoizeLast = <Args extends unknown[], R>(compute: (...args: Args) => R): ((...args: Args) => R) => {
	let last: {args: Args; result: R} | null = null;
	return (...args: Args) => {
		if (last && last.args.length === args.length && last.args.every((value, index) => value === args[index])) return last.result;
		const result = compute(...args);
		last = {args, result};
		return result;
	};
};

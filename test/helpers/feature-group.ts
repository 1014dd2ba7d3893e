import {featureContext, type FeatureGroup} from '../../source/boilerplate/block-features.js';

/** A feature group's values for every block of `states` (groups outside the shipped window are computed alone: block-features.ts). */
export const groupVectors = (group: FeatureGroup, states: Parameters<typeof featureContext>[0]): Float64Array[] => {
	const context = featureContext(states);
	return states.map((_, i) => {
		const out = new Float64Array(group.names.length);
		group.compute(context, i, out, 0);
		return out;
	});
};

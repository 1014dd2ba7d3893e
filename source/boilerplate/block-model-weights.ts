import type {BlockModel} from './block-model.js';

/** Placeholder until `npm run train:boilerplate` writes the fitted weights. */
export const fittedBlockModel: BlockModel = {features: [], mean: [], scale: [], weights: [], bias: 0, threshold: 0.5};

import type { DiffRenderer } from './types.js';

/** The JSON format: the change set itself, `version: 1` (see README "resp diff"). */
export const renderJson: DiffRenderer = (set) => JSON.stringify(set, null, 2) + '\n';

import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { EFFECT_SCENES, TWO_IMAGE_SCENES } from '../operations/video/videoEffects/effectScenes';

/**
 * The "From List" mode of Effects' Effect Scene: the scenes Kling documents
 * and has not withdrawn (operations/video/videoEffects/effectScenes.ts),
 * newest first, two-image scenes marked, filtered by the search text (spaces
 * match underscores). Nothing is requested: the list is the node's own.
 */
export async function searchEffectScenes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const wanted = (filter ?? '').trim().toLowerCase().replace(/\s+/g, '_');
	const results = EFFECT_SCENES.filter((scene) => scene.includes(wanted)).map((scene) => ({
		name: TWO_IMAGE_SCENES.includes(scene) ? `${scene} (two images)` : scene,
		value: scene,
	}));
	return { results };
}

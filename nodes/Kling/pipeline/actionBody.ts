import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import type { ItemContext } from '../context/itemContext';
import { bodyOfFields, labelsOf } from '../operations/fieldBody';
import type { MediaPaths } from '../operations/types';
import { validateBody } from '../validation/validateBody';
import { pruneEmpty } from './bodyShaping';
import { mergeExtraFields } from './prepareBody';
import { resolveImages } from './resolveImages';

/**
 * The request body of an operation answered at once (Element → Create), as
 * prepareBody makes a task's: from the fields (BODY_OF_FIELD), cleaned of
 * empty values, merged with Additional Body Fields (JSON), its images
 * resolved and checked, validated against the schema. No External Task ID:
 * these endpoints take none. Throws, naming the field, before anything is sent.
 */
export async function actionBody(
	ctx: ItemContext,
	spec: { fields: INodeProperties[]; schema: ZodTypeAny; media?: MediaPaths },
): Promise<IDataObject> {
	const built = bodyOfFields(spec.fields, (name) => ctx.param<unknown>(name, null));
	const body = (pruneEmpty(built) ?? {}) as IDataObject;
	mergeExtraFields(ctx, body);
	const labels = labelsOf(spec.fields);
	await resolveImages(ctx, body, spec.media?.images ?? [], labels, spec.media?.imageSize);
	validateBody(ctx, spec.schema, body, labels);
	return body;
}

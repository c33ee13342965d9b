import type { INodePropertyOptions } from 'n8n-workflow';

import { getCosts } from './account/getCosts/getCosts.operation';
import { textToAudio } from './audio/textToAudio/textToAudio.operation';
import { textToSpeech } from './audio/textToSpeech/textToSpeech.operation';
import { videoToAudio } from './audio/videoToAudio/videoToAudio.operation';
import type { ActionOperation, CreateOperation, CreateResource } from './types';
import { avatar } from './video/avatar/avatar.operation';
import { imageToVideo } from './video/imageToVideo/imageToVideo.operation';
import { lipSync } from './video/lipSync/lipSync.operation';
import { motionControl } from './video/motionControl/motionControl.operation';
import { multiImageToVideo } from './video/multiImageToVideo/multiImageToVideo.operation';
import { omniVideo } from './video/omniVideo/omniVideo.operation';
import { textToVideo } from './video/textToVideo/textToVideo.operation';
import { videoEffects } from './video/videoEffects/videoEffects.operation';
import { videoExtend } from './video/videoExtend/videoExtend.operation';
import { imageExpand } from './image/expand/expand.operation';
import { imageGenerate } from './image/generate/generate.operation';
import { multiImageToImage } from './image/multiImageToImage/multiImageToImage.operation';
import { omniImage } from './image/omniImage/omniImage.operation';
import { virtualTryOn } from './image/virtualTryOn/virtualTryOn.operation';
import { createAdvancedElement } from './element/createAdvanced/createAdvanced.operation';
import { createElement } from './element/create/create.operation';
import { deleteElement } from './element/delete/delete.operation';
import { getElement } from './element/get/get.operation';
import { getManyElements } from './element/getMany/getMany.operation';
import { createVoice } from './voice/create/create.operation';
import { deleteVoice } from './voice/delete/delete.operation';
import { getManyVoices } from './voice/getMany/getMany.operation';
import { getVoice } from './voice/get/get.operation';

/** Every create operation. Adding one here is what makes it appear everywhere it belongs. */
export const CREATE_OPERATIONS: CreateOperation[] = [
	avatar,
	imageToVideo,
	lipSync,
	motionControl,
	multiImageToVideo,
	omniVideo,
	textToVideo,
	videoEffects,
	videoExtend,
];
// The Audio resource.
CREATE_OPERATIONS.push(textToAudio, videoToAudio);
// The Image resource.
CREATE_OPERATIONS.push(imageGenerate, omniImage, multiImageToImage, imageExpand, virtualTryOn);
// The Element and Voice resources' tasks.
CREATE_OPERATIONS.push(createAdvancedElement, createVoice);

/**
 * Every operation that creates no task to wait for (answered at once).
 * Adding one here is what makes it appear in its resource's operation picker.
 */
export const ACTION_OPERATIONS: ActionOperation[] = [];
// Account → Get Costs; Audio → Text to Speech.
ACTION_OPERATIONS.push(getCosts, textToSpeech);
// The Element and Voice resources.
ACTION_OPERATIONS.push(
	createElement as ActionOperation,
	getElement as ActionOperation,
	getManyElements as ActionOperation,
	deleteElement as ActionOperation,
	getVoice as ActionOperation,
	getManyVoices as ActionOperation,
	deleteVoice as ActionOperation,
);

/** The read operations of the Task resource, by value. */
export const TASK_OPERATIONS = { get: 'Get Task', list: 'Get Many Tasks' } as const;

export function createOperation(resource: string, operation: string): CreateOperation | undefined {
	return CREATE_OPERATIONS.find((op) => op.resource === resource && op.value === operation);
}

export function actionOperation(resource: string, operation: string): ActionOperation | undefined {
	return ACTION_OPERATIONS.find((op) => op.resource === resource && op.value === operation);
}

/** The create operations (tasks to wait for) of a resource: the operations the wait fields show on. */
export const taskOperationsOf = (resource: CreateResource): string[] =>
	CREATE_OPERATIONS.filter((op) => op.resource === resource).map((op) => op.value);

export function operationOfTaskKind(taskKind: string): CreateOperation | undefined {
	return CREATE_OPERATIONS.find((op) => op.taskKind === taskKind);
}

/** The Operation picker of a resource. */
export function operationOptions(resource: CreateResource): INodePropertyOptions[] {
	return [...CREATE_OPERATIONS, ...ACTION_OPERATIONS]
		.filter((op) => op.resource === resource)
		.map((op) => ({ name: op.name, value: op.value, action: op.action, description: op.description }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** A task kind's name in Task Type: the operation's, with its resource where the name alone says too little ("Voice → Create"). */
const taskKindName = (op: CreateOperation) =>
	op.resource === 'video' || op.resource === 'audio' ? op.name : `${op.resource[0].toUpperCase()}${op.resource.slice(1)} → ${op.name}`;

/** Task → Get / Get Many: which kind of task (each kind is read under its own endpoint). */
export const taskKindOptions = (): INodePropertyOptions[] =>
	CREATE_OPERATIONS.map((op) => ({ name: taskKindName(op), value: op.taskKind })).sort((a, b) => a.name.localeCompare(b.name));

/** The line under the node's name on the canvas: the operation's name, by resource and operation. */
export function subtitleExpression(): string {
	const labels: Record<string, string> = {};
	for (const [value, name] of Object.entries(TASK_OPERATIONS)) labels[`task:${value}`] = name;
	for (const op of [...CREATE_OPERATIONS, ...ACTION_OPERATIONS]) labels[`${op.resource}:${op.value}`] = op.name;
	return `={{ ${JSON.stringify(labels)}[$parameter["resource"] + ":" + $parameter["operation"]] ?? $parameter["operation"] }}`;
}

import type { INodePropertyOptions } from 'n8n-workflow';

import { getCosts } from './account/getCosts/getCosts.operation';
import { getBalanceDeductions } from './account/getBalanceDeductions/getBalanceDeductions.operation';
import { getUnitDeductions } from './account/getUnitDeductions/getUnitDeductions.operation';
import { textToAudio } from './audio/textToAudio/textToAudio.operation';
import { textToSpeech } from './audio/textToSpeech/textToSpeech.operation';
import { videoToAudio } from './audio/videoToAudio/videoToAudio.operation';
import type { ActionOperation, CreateResource, Operation, TaskOperation } from './types';
import { avatar } from './video/avatar/avatar.operation';
import { editObjects } from './video/editObjects/editObjects.operation';
import { editObjectsClear } from './video/editObjectsClear/editObjectsClear.operation';
import { editObjectsMark } from './video/editObjectsMark/editObjectsMark.operation';
import { editObjectsPreview } from './video/editObjectsPreview/editObjectsPreview.operation';
import { editObjectsStart } from './video/editObjectsStart/editObjectsStart.operation';
import { editObjectsUnmark } from './video/editObjectsUnmark/editObjectsUnmark.operation';
import { imageToVideo } from './video/imageToVideo/imageToVideo.operation';
import { lipSync } from './video/lipSync/lipSync.operation';
import { identifyFaces } from './video/identifyFaces/identifyFaces.operation';
import { lipSyncFace } from './video/lipSyncFace/lipSyncFace.operation';
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
import { imageRecognize } from './image/recognize/recognize.operation';
import { createAdvancedElement } from './element/createAdvanced/createAdvanced.operation';
import { aiMultiShot } from './element/aiMultiShot/aiMultiShot.operation';
import { createElement } from './element/create/create.operation';
import { deleteElement } from './element/delete/delete.operation';
import { getElement } from './element/get/get.operation';
import { getManyElements } from './element/getMany/getMany.operation';
import { createVoice } from './voice/create/create.operation';
import { deleteVoice } from './voice/delete/delete.operation';
import { getManyVoices } from './voice/getMany/getMany.operation';
import { getVoice } from './voice/get/get.operation';

/**
 * Every operation of the node, by resource: adding one is its folder and one
 * line here. The operation pickers, the canvas subtitle, Task → Get's task
 * types, the wait fields (on task operations) and the router follow from it.
 */
export const OPERATIONS: Operation[] = [
	// Video
	avatar,
	imageToVideo,
	lipSync,
	lipSyncFace,
	identifyFaces,
	motionControl,
	multiImageToVideo,
	omniVideo,
	textToVideo,
	videoEffects,
	videoExtend,
	editObjects,
	editObjectsStart,
	editObjectsMark,
	editObjectsUnmark,
	editObjectsClear,
	editObjectsPreview,
	// Audio
	textToAudio,
	videoToAudio,
	textToSpeech,
	// Image
	imageGenerate,
	omniImage,
	multiImageToImage,
	imageExpand,
	virtualTryOn,
	imageRecognize,
	// Element
	createAdvancedElement,
	aiMultiShot,
	createElement,
	getElement,
	getManyElements,
	deleteElement,
	// Voice
	createVoice,
	getVoice,
	getManyVoices,
	deleteVoice,
	// Account
	getCosts,
	getUnitDeductions,
	getBalanceDeductions,
];

export const isTaskOperation = (op: Operation): op is TaskOperation => op.kind === 'task';

/** The operations that create a Kling task (to wait for, read back with Task → Get). */
export const TASK_OPERATIONS: TaskOperation[] = OPERATIONS.filter(isTaskOperation);

/** The operations answered at once. */
export const ACTION_OPERATIONS: ActionOperation[] = OPERATIONS.filter((op): op is ActionOperation => op.kind === 'action');

/** Every operation in the order the node shows their fields: a resource's task operations, then its others. */
export const SHOWN_OPERATIONS: Operation[] = [...TASK_OPERATIONS, ...ACTION_OPERATIONS];

/** The read operations of the Task resource, by value. */
export const TASK_READS = { get: 'Get Task', list: 'Get Many Tasks' } as const;

export function operationOf(resource: string, value: string): Operation | undefined {
	return OPERATIONS.find((op) => op.resource === resource && op.value === value);
}

/** The task operations of a resource: the operations the wait fields show on. */
export const taskOperationsOf = (resource: CreateResource): string[] =>
	TASK_OPERATIONS.filter((op) => op.resource === resource).map((op) => op.value);

export function operationOfTaskKind(taskKind: string): TaskOperation | undefined {
	return TASK_OPERATIONS.find((op) => op.taskKind === taskKind);
}

/** The Operation picker of a resource. */
export function operationOptions(resource: CreateResource): INodePropertyOptions[] {
	return OPERATIONS.filter((op) => op.resource === resource)
		.map((op) => ({ name: op.name, value: op.value, action: op.action, description: op.description }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** A task kind's name in Task Type: the operation's, with its resource where the name alone says too little ("Voice → Create"). */
const taskKindName = (op: TaskOperation) =>
	op.resource === 'video' || op.resource === 'audio' ? op.name : `${op.resource[0].toUpperCase()}${op.resource.slice(1)} → ${op.name}`;

/** Task → Get / Get Many: which kind of task (each kind is read under its own endpoint). */
export const taskKindOptions = (): INodePropertyOptions[] =>
	TASK_OPERATIONS.map((op) => ({ name: taskKindName(op), value: op.taskKind })).sort((a, b) => a.name.localeCompare(b.name));

/** The line under the node's name on the canvas: the operation's name, by resource and operation. */
export function subtitleExpression(): string {
	const labels: Record<string, string> = {};
	for (const [value, name] of Object.entries(TASK_READS)) labels[`task:${value}`] = name;
	for (const op of SHOWN_OPERATIONS) labels[`${op.resource}:${op.value}`] = op.name;
	return `={{ ${JSON.stringify(labels)}[$parameter["resource"] + ":" + $parameter["operation"]] ?? $parameter["operation"] }}`;
}

/** The line under the node's name on the canvas: the operation as the user picked it. */
const LABELS: Record<string, string> = {
	textToVideo: 'Text to Video',
	imageToVideo: 'Image to Video',
	multiImageToVideo: 'Multi-Image to Video',
	omniVideo: 'Omni-Video',
	get: 'Get Task',
	list: 'Get Many Tasks',
};

export const OPERATION_SUBTITLE = `={{ ${JSON.stringify(LABELS)}[$parameter["operation"]] ?? $parameter["operation"] }}`;

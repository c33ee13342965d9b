import type { INodeProperties } from 'n8n-workflow';

/**
 * Kling's Webhook Secret, shared by both credentials: when set, a callback
 * (Wait By → Kling Callback) is taken only with a valid signature. The
 * previous secret keeps verifying while Kling rotates (7 days).
 */
export const webhookSecretFields: INodeProperties[] = [
	{
		displayName: 'Webhook Secret',
		name: 'webhookSecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		placeholder: 'whsec_...',
		description:
			'Optional. The Webhook Secret (<code>whsec_...</code>) from Kling\'s developer console. When set, Kling\'s callbacks (Wait By → Kling Callback) must carry a valid signature made within 5 minutes; others are refused and change nothing. Leave empty when the account has no secret.',
	},
	{
		displayName: 'Previous Webhook Secret',
		name: 'previousWebhookSecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		placeholder: 'whsec_...',
		description:
			'Optional. During a rotation (Kling keeps the old secret valid for 7 days), the old secret: callbacks signed with either one are taken. Clear it when the rotation is over.',
	},
];

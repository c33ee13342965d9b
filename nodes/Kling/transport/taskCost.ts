import type { IDataObject } from 'n8n-workflow';

import { amount, isObject, text } from './jsonValues';
import type { TaskCost } from './taskTypes';

const sum = (values: Array<number | undefined>): number | undefined =>
	values.some((value) => value !== undefined) ? values.reduce<number>((total, value) => total + (value ?? 0), 0) : undefined;

/** What a task (or an answer given at once: Image Recognize, a multi-elements session step) cost, in whichever of Kling's shapes it is reported; undefined when none is. */
export function readCost(task: IDataObject): TaskCost | undefined {
	const balance = isObject(task.final_balance_deduction) ? task.final_balance_deduction : {};
	const billing = (Array.isArray(task.billing) ? task.billing : []).filter(isObject);
	const charged = (type: string) => billing.filter((entry) => entry.charge_type === type);
	const cost: TaskCost = {
		units: amount(task.final_unit_deduction) ?? sum(charged('unit').map((entry) => amount(entry.amount))),
		cash: amount(balance.quota) ?? sum(charged('cash').map((entry) => amount(entry.amount))),
		listPrice: amount(balance.list_price) ?? sum(charged('cash').map((entry) => amount(entry.list_price))),
		currency: charged('cash').map((entry) => text(entry.currency)).find(Boolean),
	};
	for (const key of Object.keys(cost) as Array<keyof TaskCost>) if (cost[key] === undefined) delete cost[key];
	return Object.keys(cost).length ? cost : undefined;
}

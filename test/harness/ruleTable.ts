import type { INodeParameters } from 'n8n-workflow';

import type { KlingSimulator } from '../simulator';
import { runKling } from './runKling';
import { credentialsFor } from './simulatorSuite';

/** [rule, fields that break it, what the error must say, fields that keep it]. */
export type Rule = [rule: string, breaking: INodeParameters, names: RegExp, keeping: INodeParameters];

/**
 * One test per rule: the breaking fields fail the item with an error naming
 * the field and nothing is sent; the keeping fields are sent.
 */
export function testRules(sim: () => KlingSimulator, withDefaults: (fields: INodeParameters) => INodeParameters, rules: Rule[]): void {
	const run = (fields: INodeParameters) => runKling({ credentials: credentialsFor(sim()), parameters: withDefaults(fields) });
	test.each(rules)('%s', async (_rule, breaking, names, keeping) => {
		const bad = await run(breaking);
		expect(bad.error?.message).toMatch(names);
		expect(sim().count('submit')).toBe(0);
		const good = await run(keeping);
		expect(good.error).toBeUndefined();
		expect(sim().count('submit')).toBe(1);
	});
}

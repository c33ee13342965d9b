/** Runs `work` while sampling the process's resident memory; reports the peak above the start. */
export async function measurePeakRss<T>(work: () => Promise<T>, everyMs = 20): Promise<{ peakGrowthMb: number; value: T }> {
	global.gc?.();
	const baseline = process.memoryUsage.rss();
	let peak = baseline;
	const sampler = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage.rss());
	}, everyMs);
	try {
		const value = await work();
		peak = Math.max(peak, process.memoryUsage.rss());
		return { peakGrowthMb: (peak - baseline) / 1024 / 1024, value };
	} finally {
		clearInterval(sampler);
	}
}

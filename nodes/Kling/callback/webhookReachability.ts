const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** 4 or 6 for an IP literal (URL hostnames are already normalised), else 0. */
const isIP = (host: string) => (IPV4.test(host) ? 4 : host.includes(':') ? 6 : 0);

/**
 * Whether a URL's host is one Kling's servers cannot reach: localhost, a
 * name without a dot (a Docker or LAN name), loopback, private, link-local
 * or unspecified addresses. A tunnel or a public name passes.
 */
export function unreachableReason(url: string): string | undefined {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
	} catch {
		return 'it is not a URL';
	}
	if (host === 'localhost' || host.endsWith('.localhost')) return `"${host}" is this machine`;
	const family = isIP(host);
	if (family === 4) {
		const [a, b] = host.split('.').map(Number);
		if (a === 127 || a === 0) return `${host} is a loopback address`;
		if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return `${host} is a private address`;
		if (a === 169 && b === 254) return `${host} is a link-local address`;
		if (a === 100 && b >= 64 && b <= 127) return `${host} is a carrier-grade NAT address`;
		return undefined;
	}
	if (family === 6) {
		if (host === '::1' || host === '::') return `${host} is a loopback address`;
		if (/^f[cd]/.test(host)) return `${host} is a private address`;
		if (/^fe[89ab]/.test(host)) return `${host} is a link-local address`;
		return undefined;
	}
	if (!host.includes('.')) return `"${host}" is a local name`;
	if (host.endsWith('.local') || host.endsWith('.internal') || host.endsWith('.lan')) return `"${host}" is a local name`;
	return undefined;
}

/**
 * The sites where Role Lens stays off, as the options page, the popup's switch, the shortcut and an imported
 * file keep them. Each entry is a host name in the form a page's `location.hostname` has (lower case,
 * punycode, no port, no trailing dot: "www.example.com", "xn--fsqu00a.xn--0zwm56d", "127.0.0.1", "[::1]"),
 * or "*." before a domain: that domain and every subdomain of it ("*.example.com" holds example.com,
 * www.example.com and a.b.example.com, not badexample.com).
 *
 * Reading an entry uses the URL API (in Node and every browser), so Unicode becomes punycode exactly as the
 * browser writes the page's host. The matching half (`siteListed`) is all the content script bundles.
 */

/** Longer than any host name DNS allows (253): junk, not a site. */
export const MAX_SITE_LENGTH = 253;

/** Why a line of the site list is not kept. */
export type SiteProblem = 'not-a-site' | 'wildcard' | 'too-long';

export type SiteEntry = { site: string; problem?: undefined } | { site?: undefined; problem: SiteProblem };

/** One line of the list that is not kept, numbered from 1 as the reader counts lines. */
export interface SiteListProblem {
  line: number;
  text: string;
  problem: SiteProblem;
}

const WILDCARD = '*.';
/** A DNS label as hosts are written in URLs: letters, digits, '-' and (seen on real hosts) '_'. */
const LABEL = /^[a-z0-9_-]{1,63}$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

function validHost(host: string): boolean {
  return IPV6.test(host) || host.split('.').every((label) => LABEL.test(label));
}

/**
 * Reads one entry: a host ("Jobs.Example.com"), a URL ("http://jobs.example.com:8080/list?q=1": its host),
 * a host with a port or a path ("jobs.example.com:8080/list"), or a wildcard domain ("*.example.com",
 * also inside a URL). Gives the entry as it is kept, or why it cannot be. Never throws.
 */
export function parseSiteEntry(text: string): SiteEntry {
  let input = text.trim();
  if (input.length > MAX_SITE_LENGTH * 2) return { problem: 'too-long' };
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(input)?.[0] ?? '';
  // The star comes off before the URL API reads the host: Chromium's parser refuses "*" in a host name
  // (Node's takes it), and IDNA would refuse it beside Unicode labels.
  const wildcard = input.startsWith(WILDCARD, scheme.length);
  if (wildcard) input = scheme + input.slice(scheme.length + WILDCARD.length);
  if (input.includes('*') || (wildcard && input.length === scheme.length)) return { problem: 'wildcard' };
  let url: URL;
  try {
    url = new URL(scheme ? input : `http://${input}`);
  } catch {
    return { problem: 'not-a-site' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'not-a-site' };
  const host = url.hostname.replace(/\.$/, '');
  if (wildcard && (IPV4.test(host) || IPV6.test(host))) return { problem: 'wildcard' };
  if (host === '' || !validHost(host)) return { problem: 'not-a-site' };
  const site = wildcard ? WILDCARD + host : host;
  return site.length > MAX_SITE_LENGTH ? { problem: 'too-long' } : { site };
}

/**
 * Reads the options page's list, one entry a line: the sites kept (normalised, each once, in order) and
 * the lines that are not, each with its number and why. Blank lines are neither.
 */
export function parseSiteList(text: string): { sites: string[]; problems: SiteListProblem[] } {
  const sites: string[] = [];
  const problems: SiteListProblem[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const entry = parseSiteEntry(line);
    if (entry.problem) problems.push({ line: index + 1, text: line.trim(), problem: entry.problem });
    else if (!sites.includes(entry.site)) sites.push(entry.site);
  });
  return { sites, problems };
}

/** The entries of a stored or imported list that are sites, normalised, each once; the others dropped. */
export function normaliseSites(entries: readonly unknown[]): string[] {
  const sites = entries.flatMap((entry) =>
    typeof entry === 'string' ? (parseSiteEntry(entry).site ?? []) : [],
  );
  return [...new Set(sites)];
}

/**
 * Whether `host` (a page's location.hostname, as normalizeHost leaves it) is on the list: equal to an
 * entry, or the domain of a "*." entry or under it. Kept small: the content script runs it on every page.
 */
export function siteListed(sites: readonly string[], host: string): boolean {
  // ".example.com" ends ".www.example.com" and ".example.com" itself, never ".badexample.com".
  return sites.some((site) => site === host || (site[0] === '*' && `.${host}`.endsWith(site.slice(1))));
}

/**
 * The list as the options page shows it once the reader leaves it: each site line in its normalised form,
 * each site once, lines that are no site kept as typed (so they can be fixed), blank lines gone.
 */
export function tidySiteList(text: string): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const { site } = parseSiteEntry(line);
    if (site === undefined) lines.push(line.trim());
    else if (!seen.has(site)) {
      seen.add(site);
      lines.push(site);
    }
  }
  return lines.join('\n');
}

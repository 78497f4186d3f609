import { describe, expect, it } from 'vitest';
import {
  normaliseSites,
  parseSiteEntry,
  parseSiteList,
  siteListed,
  tidySiteList,
} from '../../core/site-patterns';

describe('parseSiteEntry', () => {
  it.each([
    ['www.example.com', 'www.example.com'],
    ['  Jobs.Example.COM. ', 'jobs.example.com'],
    ['http://host.example:8080/path?q=1#top', 'host.example'],
    ['https://user:secret@jobs.example.com/', 'jobs.example.com'],
    ['jobs.example.com:8080/list', 'jobs.example.com'],
    ['localhost:3000', 'localhost'],
    ['例子.测试', 'xn--fsqu00a.xn--0zwm56d'],
    ['https://例子.测试/招聘', 'xn--fsqu00a.xn--0zwm56d'],
    ['*.example.com', '*.example.com'],
    ['*.Example.COM:443/jobs', '*.example.com'],
    ['https://*.example.com/jobs', '*.example.com'],
    ['*.例子.测试', '*.xn--fsqu00a.xn--0zwm56d'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://[::1]:8080/', '[::1]'],
    ['foo_bar.example.com', 'foo_bar.example.com'],
  ])('keeps %j as %j', (text, site) => {
    expect(parseSiteEntry(text)).toEqual({ site });
  });

  it.each([
    ['not a site', 'not-a-site'],
    ['http://', 'not-a-site'],
    ['http://host:port', 'not-a-site'],
    ['chrome://extensions', 'not-a-site'],
    ['file:///home/me/page.html', 'not-a-site'],
    ['ftp://files.example.com', 'not-a-site'],
    ['a..b', 'not-a-site'],
    ['exa$mple.com', 'not-a-site'],
    ['*', 'wildcard'],
    ['*.', 'wildcard'],
    ['ex*ample.com', 'wildcard'],
    ['www.*.example.com', 'wildcard'],
    ['*.*.example.com', 'wildcard'],
    ['*.127.0.0.1', 'wildcard'],
    [`${'a'.repeat(60)}.`.repeat(5), 'too-long'],
    ['x'.repeat(2000), 'too-long'],
  ])('refuses %j: %s', (text, problem) => {
    expect(parseSiteEntry(text)).toEqual({ problem });
  });
});

describe('parseSiteList', () => {
  it('keeps the sites normalised, each once, and numbers the lines it does not keep', () => {
    const text =
      'HTTP://Jobs.Example.COM:8080/path\n\nnot a site\n  *.例子.测试 \njobs.example.com\nwww.*.x.com';
    expect(parseSiteList(text)).toEqual({
      sites: ['jobs.example.com', '*.xn--fsqu00a.xn--0zwm56d'],
      problems: [
        { line: 3, text: 'not a site', problem: 'not-a-site' },
        { line: 6, text: 'www.*.x.com', problem: 'wildcard' },
      ],
    });
    expect(parseSiteList('')).toEqual({ sites: [], problems: [] });
  });
});

describe('tidySiteList', () => {
  it('normalises the site lines, keeps the others as typed for fixing, drops blanks and repeats', () => {
    expect(tidySiteList('  HTTP://A.com:80/x \n\nnot a site \na.com\n*.B.org')).toBe(
      'a.com\nnot a site\n*.b.org',
    );
  });
});

describe('normaliseSites', () => {
  it('keeps what is a site, normalised and once, and drops anything else', () => {
    expect(
      normaliseSites(['A.com', 'http://a.com/x', 7, null, 'no site', '*.B.com', { host: 'c.com' }]),
    ).toEqual(['a.com', '*.b.com']);
  });
});

describe('siteListed', () => {
  const sites = ['jobs.example.com', '*.example.org', '*.xn--fsqu00a.xn--0zwm56d', '127.0.0.1'];
  it.each([
    ['jobs.example.com', true],
    ['www.jobs.example.com', false], // a host entry holds that host only
    ['example.com', false],
    ['example.org', true], // a wildcard holds its domain
    ['www.example.org', true], // and every subdomain
    ['a.b.example.org', true],
    ['badexample.org', false],
    ['example.org.evil.com', false],
    ['www.xn--fsqu00a.xn--0zwm56d', true],
    ['127.0.0.1', true],
    ['127.0.0.2', false],
    ['', false],
  ])('%s: %s', (host, listed) => {
    expect(siteListed(sites, host)).toBe(listed);
  });

  it('matches every site the parser keeps on the host the browser gives its URL', () => {
    for (const text of ['Jobs.Example.com', 'https://例子.测试/x', 'http://[::1]:8080/', '*.example.org']) {
      const site = parseSiteEntry(text).site as string;
      const host = new URL(`http://${site.replace('*.', 'www.')}/`).hostname;
      expect(siteListed([site], host), text).toBe(true);
    }
  });
});

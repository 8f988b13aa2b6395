import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README and docs/ stay true: every link points at a file (and a heading) that exists, every
 * `npm run` command is a script of package.json, the glossary's names are the code's, and the
 * README stays short enough for a newcomer.
 */

const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const SCRIPTS = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts,
);

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

function headings(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1]));
}

/** Every source file's text, to find the glossary's names in. */
function sources(dir = 'src'): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory()
        ? sources(path)
        : /\.tsx?$/.test(entry.name)
          ? readFileSync(path, 'utf8')
          : '';
    })
    .join('\n');
}

describe('the docs', () => {
  it.each(DOCS)('%s: every relative link and image exists, headings included', (file) => {
    const text = readFileSync(file, 'utf8');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    const broken = links
      .filter((link) => !/^[a-z]+:/.test(link))
      .filter((link) => {
        const [path, hash] = link.split('#');
        const target = path === '' ? file : join(dirname(file), path);
        if (!existsSync(target)) return true;
        return hash !== undefined && target.endsWith('.md') && !headings(target).includes(hash);
      });
    expect(broken).toEqual([]);
  });

  it.each(DOCS)('%s: every `npm run` command is a script', (file) => {
    const text = readFileSync(file, 'utf8');
    const named = [...text.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((m) => m[1]);
    expect(named.filter((name) => !SCRIPTS.includes(name))).toEqual([]);
  });

  it('names in the glossary as the code does', () => {
    const glossary = readFileSync('docs/architecture.md', 'utf8').split('## Glossary')[1];
    const code = sources();
    const names = [...glossary.matchAll(/`([A-Za-z][\w.]*)(?: = [^`]*)?`/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(15);
    expect(names.filter((name) => !code.includes(name.split('.').at(-1)!))).toEqual([]);
  });

  it('uses no retired name for a concept the glossary names otherwise', () => {
    // Each was a second word for a concept (or one word for two): the glossary's word replaced it.
    const RETIRED = [
      'VARIANTS', // the twins: TWINS
      'PerVariant', // PerTwin
      'VariantFrame', // a member's frame: MemberFrame
      'VariantCapture', // MemberCapture
      'TwinHalf', // holds members, not twins: CohortHalf
      'buildTwins', // builds the cohort: buildCohort
      'type Twins', // up to four networks: Cohort
      'SlicePlan', // a slice is the store's; the steps between frames are a burst: BurstPlan
      'SliceResult', // BurstResult
      'experiment/variants', // src/experiment/members.ts
      'experiment/measures', // Santurkar's settings: src/experiment/optimizationSettings.ts
    ];
    const code = ['src', 'tests', 'scripts', 'bench']
      .map((dir) => sources(dir))
      .join('\n')
      .replace(/const RETIRED = \[[^\]]*\]/, '');
    expect(RETIRED.filter((name) => new RegExp(`\\b${name}\\b`).test(code))).toEqual([]);
  });

  it('keeps the README short: the two commands first, at most 150 lines', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
    expect(readme).toMatch(/```sh\nnpm ci && npm run dev[^\n]*\nnpm test /);
  });
});

import { EXTRA_MEMBERS, TWINS, type Member, type PerTwin } from '../experiment/members';

/**
 * Every color of the page, for canvas, SVG and CSS alike: the one source, in a light and a dark
 * theme. CSS reads them as custom properties (`--plain`, `--batch-norm`, `--ink`…) that
 * `applyPalette` sets on the document before the first render. The twins use the Okabe–Ito
 * colors (safe for color-blind readers), always with a text label too.
 */
const LIGHT = {
  plain: '#d55e00',
  batchNorm: '#0072b2',
  /** The twins' colors for text: darker, so small type reads at 4.5:1 or more (WCAG AA). */
  plainText: '#a84a00',
  batchNormText: '#005f96',
  /** The extra members of a cohort (Okabe–Ito colors), and their colors for text. */
  batchNormBefore: '#56b4e9',
  batchNormBeforeText: '#2a6d96',
  batchNormAfter: '#009e73',
  batchNormAfterText: '#00705a',
  noisyBatchNorm: '#cc79a7',
  noisyBatchNormText: '#9c3f7a',
  layerNorm: '#e69f00',
  layerNormText: '#8a5a00',
  groupNorm: '#333333',
  groupNormText: '#333333',
  /** The dropout members: olive and purple, never a twin's hue. */
  plainDropout: '#7f7f00',
  plainDropoutText: '#666600',
  batchNormDropout: '#5e3c99',
  batchNormDropoutText: '#5e3c99',
  /** Batch Renorm: brown. */
  batchRenorm: '#8c564b',
  batchRenormText: '#8c564b',
  ink: '#1d2733',
  muted: '#5a6573',
  paper: '#fbfaf7',
  line: '#d9d4c7',
  grid: '#eeeae0',
  frame: '#c9c3b5',
  control: '#a9a394',
  shade: '#f6f3ec',
  bnShade: '#e3f0f8',
  focus: '#0a58ca',
  problem: '#b03a2e',
  problemBorder: '#c0392b',
  problemShade: '#fdf0ee',
  /** The darkest density in the heatmaps (the lightest is `paper`). */
  dense: '#1b2a44',
  /** The 2-D data's classes 0 and 1 (the ends of d3's PRGn scale): never a twin's color. */
  class0: '#762a83',
  class1: '#1b7837',
  /** Sweep map: a cell not run yet, and one whose twin diverged. */
  pending: '#f3f0e8',
  diverged: '#9a9a9a',
  /** The BN twin of the placement before a switch (a ghost): drawn dotted. */
  ghost: '#5a6573',
  /** Text on the outcome colors of the sweep (the same in both themes: the colors are). */
  onOutcome: '#1d2733',
  /** Chart and card surfaces (white in the light theme). */
  white: '#ffffff',
  /** The docked tour's shadow. */
  shadow: '#00000040',
};

export type PaletteColor = keyof typeof LIGHT;
export type Theme = 'light' | 'dark';

/**
 * The dark theme: the same hues, lightened where they are text or thin lines on a dark ground,
 * and a density ramp from dark (empty) to light (dense).
 */
const DARK: Record<PaletteColor, string> = {
  plain: '#ef7d32',
  batchNorm: '#3b9ee0',
  plainText: '#f59d62',
  batchNormText: '#6cb8ee',
  batchNormBefore: '#56b4e9',
  batchNormBeforeText: '#86c9f0',
  batchNormAfter: '#1fb386',
  batchNormAfterText: '#4fd1a5',
  noisyBatchNorm: '#cc79a7',
  noisyBatchNormText: '#e3a6c8',
  layerNorm: '#e69f00',
  layerNormText: '#f0b84a',
  groupNorm: '#c4c4c4',
  groupNormText: '#d0d0d0',
  plainDropout: '#c8c850',
  plainDropoutText: '#d4d46a',
  batchNormDropout: '#b2abd2',
  batchNormDropoutText: '#c3bde0',
  batchRenorm: '#c49c94',
  batchRenormText: '#d2b0a8',
  ink: '#e6e9ee',
  muted: '#a4adba',
  paper: '#14181e',
  line: '#3a4250',
  grid: '#262c35',
  frame: '#4b5463',
  control: '#7c8594',
  shade: '#1c2129',
  bnShade: '#17283a',
  focus: '#7cb1ff',
  problem: '#ff9b8f',
  problemBorder: '#e06c5f',
  problemShade: '#3a1f1c',
  dense: '#f2f5f9',
  class0: '#c9a3d6',
  class1: '#82c97e',
  pending: '#262c35',
  diverged: '#8a8a8a',
  ghost: '#a4adba',
  onOutcome: '#1d2733',
  white: '#1b2027',
  shadow: '#000000a0',
};

/** The palettes of the two themes (read-only; PALETTE holds the current one's colors). */
export const THEMES: Record<Theme, Readonly<Record<PaletteColor, string>>> = {
  light: LIGHT,
  dark: DARK,
};

/** The current theme's colors (changed in place by applyTheme; drawings read them when they draw). */
export const PALETTE: Record<PaletteColor, string> = { ...LIGHT };

/** The twins' colors, keyed like every per-twin record. */
export const TWIN_COLORS: PerTwin<string> = { plain: '', batchNorm: '' };

/** The twins' colors for text (labels, captions, legends). */
export const TWIN_TEXT_COLORS: PerTwin<string> = { plain: '', batchNorm: '' };

/** Every network's color: the twins', then the extra members' of a cohort. */
export const MEMBER_COLORS = {} as Record<Member, string>;

/** Every network's color for text (4.5:1 or more on the page's backgrounds). */
export const MEMBER_TEXT_COLORS = {} as Record<Member, string>;

const MEMBERS: readonly Member[] = [...TWINS, ...EXTRA_MEMBERS];

/** A sweep run's outcome (Okabe–Ito colors, always with a label or a legend). */
export const OUTCOME_COLORS = {
  trains: '#009e73',
  tooSlow: '#e69f00',
  stalls: '#8c8c8c',
  blowsUp: '#cc79a7',
} as const;

/**
 * Lines for several features at once: Okabe–Ito and Tol colors without the twins' vermillion and
 * blue, so a feature's line is never read as a twin's (lighter ones in the dark theme).
 */
const FEATURE_SETS: Record<Theme, readonly string[]> = {
  light: ['#e69f00', '#56b4e9', '#009e73', '#cc79a7', '#999933', '#882255', '#44aa99', '#332288'],
  dark: ['#e69f00', '#56b4e9', '#1fb386', '#cc79a7', '#c2c25a', '#e07aa6', '#44aa99', '#a899ee'],
};
export const FEATURE_COLORS: string[] = [...FEATURE_SETS.light];

let current: Theme = 'light';

/** The theme whose colors PALETTE holds. */
export function currentTheme(): Theme {
  return current;
}

/** Makes `theme` the current palette: PALETTE and every record derived from it. */
export function setThemeColors(theme: Theme): void {
  current = theme;
  Object.assign(PALETTE, THEMES[theme]);
  for (const m of MEMBERS) {
    MEMBER_COLORS[m] = PALETTE[m];
    MEMBER_TEXT_COLORS[m] = PALETTE[`${m}Text`];
  }
  TWIN_COLORS.plain = PALETTE.plain;
  TWIN_COLORS.batchNorm = PALETTE.batchNorm;
  TWIN_TEXT_COLORS.plain = PALETTE.plainText;
  TWIN_TEXT_COLORS.batchNorm = PALETTE.batchNormText;
  FEATURE_COLORS.splice(0, FEATURE_COLORS.length, ...FEATURE_SETS[theme]);
}
setThemeColors('light');

/** The custom property of a palette color: `batchNorm` → `--batch-norm`. */
export function cssVariable(name: PaletteColor): string {
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Sets every palette color of `theme` (default: the current one) as a CSS custom property of
 * `root` (the document element), and the color scheme of its form controls.
 */
export function applyPalette(root: HTMLElement, theme: Theme = current): void {
  setThemeColors(theme);
  for (const name of Object.keys(PALETTE) as PaletteColor[])
    root.style.setProperty(cssVariable(name), PALETTE[name]);
  root.style.colorScheme = theme;
  root.dataset.theme = theme;
}

/**
 * ColorBrewer's diverging PRGn scheme of 11 classes (Cynthia Brewer, colorbrewer2.org), purple to
 * green: the decision boundary's probability ramp (charts/boundary.ts).
 */
export const PRGN = [
  '#40004b',
  '#762a83',
  '#9970ab',
  '#c2a5cf',
  '#e7d4e8',
  '#f7f7f7',
  '#d9f0d3',
  '#a6dba0',
  '#5aae61',
  '#1b7837',
  '#00441b',
];

import type { Member, PerVariant } from '../experiment/variants';

/**
 * Every color of the page, for canvas, SVG and CSS alike: the one source. CSS reads them as
 * custom properties (`--plain`, `--batch-norm`, `--ink`…) that `applyPalette` sets on the
 * document before the first render. The twins use the Okabe–Ito colors (safe for color-blind
 * readers), always with a text label too.
 */
export const PALETTE = {
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
  white: '#ffffff',
} as const;

export type PaletteColor = keyof typeof PALETTE;

/** The twins' colors, keyed like every per-twin record. */
export const TWIN_COLORS = {
  plain: PALETTE.plain,
  batchNorm: PALETTE.batchNorm,
} as const satisfies PerVariant<string>;

/** The twins' colors for text (labels, captions, legends). */
export const TWIN_TEXT_COLORS = {
  plain: PALETTE.plainText,
  batchNorm: PALETTE.batchNormText,
} as const satisfies PerVariant<string>;

/** Every network's color: the twins', then the extra members' of a cohort. */
export const MEMBER_COLORS = {
  ...TWIN_COLORS,
  batchNormBefore: PALETTE.batchNormBefore,
  batchNormAfter: PALETTE.batchNormAfter,
  noisyBatchNorm: PALETTE.noisyBatchNorm,
  layerNorm: PALETTE.layerNorm,
  groupNorm: PALETTE.groupNorm,
} as const satisfies Record<Member, string>;

/** Every network's color for text (4.5:1 or more on the page's backgrounds). */
export const MEMBER_TEXT_COLORS = {
  ...TWIN_TEXT_COLORS,
  batchNormBefore: PALETTE.batchNormBeforeText,
  batchNormAfter: PALETTE.batchNormAfterText,
  noisyBatchNorm: PALETTE.noisyBatchNormText,
  layerNorm: PALETTE.layerNormText,
  groupNorm: PALETTE.groupNormText,
} as const satisfies Record<Member, string>;

/** The BN twin of the placement before a switch (a ghost): drawn dotted in a muted ink. */
export const GHOST_COLOR = '#5a6573';

/** A sweep run's outcome (Okabe–Ito colors, always with a label or a legend). */
export const OUTCOME_COLORS = {
  trains: '#009e73',
  tooSlow: '#e69f00',
  stalls: '#8c8c8c',
  blowsUp: '#cc79a7',
} as const;

/**
 * Lines for several features at once: Okabe–Ito and Tol colors without the twins' vermillion and
 * blue, so a feature's line is never read as a twin's.
 */
export const FEATURE_COLORS = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#cc79a7',
  '#999933',
  '#882255',
  '#44aa99',
  '#332288',
] as const;

/** The custom property of a palette color: `batchNorm` → `--batch-norm`. */
export function cssVariable(name: PaletteColor): string {
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Sets every palette color as a CSS custom property of `root` (the document element). */
export function applyPalette(root: HTMLElement): void {
  for (const name of Object.keys(PALETTE) as PaletteColor[])
    root.style.setProperty(cssVariable(name), PALETTE[name]);
}

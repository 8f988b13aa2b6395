import type { ReactNode, RefObject } from 'react';
import { downloadPng, downloadSvg } from './download';
import { useT } from './language';

export const svgFont = (size: number) => ({ fontFamily: 'system-ui, sans-serif', fontSize: size });

/** A group of SVG shapes that acts as a button (click, Enter or Space), named for screen readers. */
export function Pickable(props: { label: string; onPick: () => void; children: ReactNode }) {
  return (
    <g
      role="button"
      // Lower case: Preact sets SVG attributes by name, and SVG's are case-sensitive.
      tabindex={0}
      aria-label={props.label}
      style={{ cursor: 'pointer' }}
      onClick={props.onPick}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') props.onPick();
      }}
    >
      <title>{props.label}</title>
      {props.children}
    </g>
  );
}

/** "… as SVG" and "… as PNG" buttons for a chart. */
export function SvgExportButtons(props: {
  target: RefObject<SVGSVGElement | null>;
  name: string;
  label: string;
}) {
  const { target, name, label } = props;
  const t = useT();
  return (
    <>
      <button
        type="button"
        onClick={() => target.current && void downloadSvg(target.current, `${name}.svg`)}
      >
        {t.t('export.svg', { label })}
      </button>
      <button
        type="button"
        onClick={() => target.current && void downloadPng(target.current, `${name}.png`)}
      >
        {t.t('export.png', { label })}
      </button>
    </>
  );
}

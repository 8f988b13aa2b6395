import type { MouseEvent } from 'react';
import { downloadText } from './download';
import { downloadFigurePng, downloadFigureSvg } from './figureExport';
import { useT } from './language';

/** The figure a button exports: its panel (or the nearest element marked data-figure). */
function figureOf(event: MouseEvent<HTMLElement>): HTMLElement | null {
  return event.currentTarget.closest<HTMLElement>('[data-figure], section.panel');
}

/**
 * A figure's exports: the figure as PNG and as SVG (its canvases embedded, its controls left
 * out), and the data it shows as CSV. `what` names the figure for screen readers ("the layer
 * distributions").
 */
export function FigureExports(props: { name: string; what: string; csv: () => string }) {
  const { name } = props;
  const t = useT();
  // The menu closes once a file is chosen.
  const close = (event: MouseEvent<HTMLElement>) =>
    event.currentTarget.closest('details')?.removeAttribute('open');
  return (
    <details
      className="exports"
      onClick={(event) => {
        if ((event.target as HTMLElement).tagName === 'BUTTON') close(event);
      }}
    >
      <summary>{t.t('export.summary')}</summary>
      <div
        className="buttons export-menu"
        role="group"
        aria-label={t.t('export.label', { what: props.what })}
      >
        <button
          type="button"
          onClick={(event) => {
            const figure = figureOf(event);
            if (figure) void downloadFigurePng(figure, name);
          }}
        >
          {t.t('export.formatPng')}
        </button>
        <button
          type="button"
          onClick={(event) => {
            const figure = figureOf(event);
            if (figure) void downloadFigureSvg(figure, name);
          }}
        >
          {t.t('export.formatSvg')}
        </button>
        <button type="button" onClick={() => downloadText(props.csv(), `${name}.csv`)}>
          {t.t('export.formatCsv')}
        </button>
      </div>
    </details>
  );
}

import { useId } from 'react';
import { PRESETS, type Preset } from '../experiment/presets';
import { useLab, useLabClient } from './LabContext';
import { PALETTE } from './palette';
import { dataPicture, networkPicture } from './presetPicture';
import { presetText, useT } from './language';

const W = 72;
const H = 30;

/** A preset's data (left) and hidden layers (right), drawn small and without text. */
export function PresetPicture(props: { preset: Preset }) {
  const e = props.preset.experiment;
  const dots = dataPicture(e.data);
  const net = networkPicture(e);
  const netX = 36;
  const step = net.columns.length > 1 ? 32 / (net.columns.length - 1) : 0;
  return (
    <svg
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      aria-hidden="true"
      className="preset-picture"
    >
      {dots ? (
        dots.map((d, i) => (
          <circle
            key={i}
            cx={15 + 13 * d.x}
            cy={15 - 13 * d.y}
            r={1.4}
            fill={d.label === 1 ? PALETTE.class1 : PALETTE.class0}
          />
        ))
      ) : (
        <g stroke={PALETTE.ink} strokeWidth={2.2} fill="none" strokeLinecap="round">
          <path d="M5 7 H19 L11 25" />
          <path d="M21 9 c2 -3 7 -2 6 2 c-1 3 -6 7 -7 13 h8" strokeWidth={1.6} />
        </g>
      )}
      {net.columns.map((n, c) =>
        Array.from({ length: n }, (_, k) => (
          <circle
            key={`${c}-${k}`}
            cx={netX + c * step}
            cy={15 + (k - (n - 1) / 2) * 5}
            r={1.7}
            fill={PALETTE.muted}
          />
        )),
      )}
    </svg>
  );
}

/**
 * The presets as cards (a radio group): a picture of each one's data and network, its title and
 * its one-line "what to look for". Choosing one loads it.
 */
export function PresetCards() {
  const client = useLabClient();
  const t = useT();
  const presetId = useLab((s) => s.settings.presetId);
  const name = useId();
  const current = PRESETS.find((p) => p.id === presetId);
  return (
    <fieldset className="presets" data-tour="presets">
      <legend>{t.t('presets.legend')}</legend>
      <div className="preset-cards">
        {PRESETS.map((p) => (
          <label key={p.id} className={p.id === presetId ? 'preset-card chosen' : 'preset-card'}>
            <input
              type="radio"
              name={name}
              value={p.id}
              checked={p.id === presetId}
              onChange={() => client.loadPreset(p.id)}
            />
            <PresetPicture preset={p} />
            <span className="preset-title">{presetText(t, p, 'title')}</span>
          </label>
        ))}
      </div>
      {current && (
        <p className="hint" data-testid="preset-summary">
          <strong>{t.t('presets.lookFor')}</strong> {presetText(t, current, 'summary')}
        </p>
      )}
    </fieldset>
  );
}

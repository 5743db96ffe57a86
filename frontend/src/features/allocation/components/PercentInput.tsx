import { useState } from 'react';
import { fromPercent, toPercent } from '../weights';

interface Props {
  basisPoints: number;
  onChange: (basisPoints: number) => void;
  label: string;
  id?: string;
  disabled?: boolean;
}

/**
 * A percentage typed as a number (decimals with a comma or a point). While the field has focus it keeps
 * what is typed, even half-typed or empty; every readable value is passed on at once.
 */
export function PercentInput({ basisPoints, onChange, label, id, disabled }: Props) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? String(toPercent(basisPoints));
  return (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      className="utrecht-textbox utrecht-textbox--html-input tp-input--percent"
      aria-label={label}
      value={shown.replace('.', ',')}
      disabled={disabled}
      onChange={(event) => {
        const value = event.target.value;
        setText(value);
        const parsed = Number(value.trim().replace(',', '.'));
        if (value.trim() !== '' && Number.isFinite(parsed) && parsed >= 0 && parsed <= 100) onChange(fromPercent(parsed));
      }}
      onBlur={() => setText(null)}
    />
  );
}

import { useId } from 'react';
import type { Choice } from './SelectField.tsx';

/** A few choices side by side, all visible at once, under a legend. */
export function RadioGroup({ legend, value, onChange, choices }: { legend: string; value: string; onChange: (value: string) => void; choices: Choice[] }) {
  const name = useId();
  return (
    <fieldset className="radio-group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

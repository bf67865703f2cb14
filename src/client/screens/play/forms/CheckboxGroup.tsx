import type { Choice } from './SelectField.tsx';

/** Any number of choices side by side under a legend: ticked ones are the value, in the order of the choices. */
export function CheckboxGroup({ legend, value, onChange, choices }: { legend: string; value: readonly string[]; onChange: (value: string[]) => void; choices: readonly Choice[] }) {
  const toggle = (picked: string) => onChange(choices.map((choice) => choice.value).filter((candidate) => (candidate === picked ? !value.includes(candidate) : value.includes(candidate))));
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input type="checkbox" value={choice.value} checked={value.includes(choice.value)} onChange={() => toggle(choice.value)} />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

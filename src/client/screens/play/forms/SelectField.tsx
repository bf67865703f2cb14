import { useId } from 'react';
import { useT } from '../../../i18n/useT.ts';

export interface Choice {
  value: string;
  label: string;
}

/** A group of choices under a heading, shown as an `<optgroup>`. */
export interface ChoiceGroup {
  label: string;
  choices: Choice[];
}

/** A labelled drop-down of the only values that make sense here; empty means nothing chosen yet. */
export function SelectField({
  label,
  value,
  onChange,
  choices = [],
  groups = [],
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  choices?: Choice[];
  groups?: ChoiceGroup[];
}) {
  const { t } = useT();
  const id = useId();
  const option = (choice: Choice) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('actions.field.choose')}</option>
        {choices.map(option)}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.choices.map(option)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

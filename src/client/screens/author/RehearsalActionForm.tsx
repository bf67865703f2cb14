import { useId, useState, type FormEvent } from 'react';
import type { TimelineEntry } from '../../../engine/index.ts';
import { LEVELS, type Scenario } from '../../../scenario/schema.ts';
import { ACTION_TYPES, type Action, type ActionType } from '../../../shared/actions.ts';
import { useT } from '../../i18n/useT.ts';
import { ACTION_FIELDS, buildAction, fieldChoices, type ActionField } from './actionFields.ts';

function Field({ field, scenario, timeline, values, onChange }: { field: ActionField; scenario: Scenario; timeline: readonly TimelineEntry[]; values: Record<string, string>; onChange: (value: string) => void }) {
  const { t } = useT();
  const id = useId();
  const label = `${t(`author.field.${field.name}`)}${field.optional === true ? ` ${t('author.field.optional')}` : ''}`;
  const value = values[field.name] ?? '';
  const choiceLabel = (choice: { value: string; label: string }) =>
    field.source === 'as' ? t(choice.value === 'support' ? 'actions.field.support' : 'actions.field.lead') : (LEVELS as readonly string[]).includes(choice.value) ? t(`level.${choice.value as (typeof LEVELS)[number]}`) : choice.label;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {field.source === 'text' ? (
        <input id={id} type="text" value={value} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('actions.field.choose')}</option>
          {fieldChoices(field.source, scenario, timeline, values).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choiceLabel(choice)}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

/** A participant action in the rehearsal: the author picks the role to act as, the action and its fields. */
export function RehearsalActionForm({ scenario, timeline, onAct }: { scenario: Scenario; timeline: readonly TimelineEntry[]; onAct: (action: Action) => void }) {
  const { t } = useT();
  const roleId = useId();
  const typeId = useId();
  const roles = scenario.agencies.flatMap((agency) => agency.roles.map((role) => ({ id: role.id, label: `${role.name} (${agency.name})` })));
  const [role, setRole] = useState(roles[0]?.id ?? '');
  const [type, setType] = useState<ActionType>('claim');
  const [values, setValues] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildAction(type, role, values);
    if (!built.ok) return setProblem(built.problem);
    setProblem(undefined);
    setValues({});
    onAct(built.action);
  };

  return (
    <form className="action-form rehearsal-action" aria-label={t('author.rehearsal.act')} onSubmit={submit} noValidate>
      <div className="inline-row">
        <div className="field">
          <label htmlFor={roleId}>{t('author.rehearsal.actAs')}</label>
          <select id={roleId} value={role} onChange={(event) => setRole(event.target.value)}>
            {roles.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={typeId}>{t('actions.choose')}</label>
          <select
            id={typeId}
            value={type}
            onChange={(event) => {
              setType(event.target.value as ActionType);
              setValues({});
            }}
          >
            {ACTION_TYPES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`debrief.kind.${choice}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {ACTION_FIELDS[type].map((field) => (
        <Field key={`${type}-${field.name}`} field={field} scenario={scenario} timeline={timeline} values={values} onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))} />
      ))}
      {problem !== undefined && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <button type="submit">{t('author.rehearsal.submit')}</button>
    </form>
  );
}

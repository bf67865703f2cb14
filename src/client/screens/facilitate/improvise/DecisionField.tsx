import { useId } from 'react';
import type { Scenario } from '../../../../scenario/schema.ts';
import { useT } from '../../../i18n/useT.ts';
import { EMPTY_OPTION, type DecisionDraft } from './injectDraft.ts';
import { replaceAt, withoutAt } from './listEdits.ts';

/** An optional decision the inject asks for: the prompt, the role that decides, and the options with the authority each uses. */
export function DecisionField({ scenario, value, onChange }: { scenario: Scenario; value: DecisionDraft | undefined; onChange: (decision: DecisionDraft | undefined) => void }) {
  const { t } = useT();
  const id = useId();
  return (
    <fieldset>
      <legend>{t('facilitate.improvise.decision')}</legend>
      <label className="choice">
        <input
          type="checkbox"
          checked={value !== undefined}
          onChange={(event) => onChange(event.target.checked ? { prompt: '', by: '', options: [EMPTY_OPTION, EMPTY_OPTION] } : undefined)}
        />
        {t('facilitate.improvise.askDecision')}
      </label>
      {value !== undefined && (
        <>
          <div className="field">
            <label htmlFor={`${id}-prompt`}>{t('facilitate.improvise.prompt')}</label>
            <textarea id={`${id}-prompt`} rows={2} value={value.prompt} onChange={(event) => onChange({ ...value, prompt: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-by`}>{t('facilitate.improvise.decidedBy')}</label>
            <select id={`${id}-by`} value={value.by} onChange={(event) => onChange({ ...value, by: event.target.value })}>
              <option value="">{t('facilitate.improvise.anyAddressee')}</option>
              {scenario.agencies.map((agency) => (
                <optgroup key={agency.id} label={agency.name}>
                  {agency.roles.map((role) => (
                    <option key={role.id} value={role.id}>
                      {role.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          {value.options.map((option, index) => {
            const number = index + 1;
            const change = (changed: typeof option) => onChange({ ...value, options: replaceAt(value.options, index, changed) });
            return (
              <div key={index} className="inline-row">
                <input
                  type="text"
                  className="grow"
                  aria-label={t('facilitate.improvise.option', { number })}
                  value={option.label}
                  onChange={(event) => change({ ...option, label: event.target.value })}
                />
                {scenario.authorities.length > 0 && (
                  <select aria-label={t('facilitate.improvise.optionUses', { number })} value={option.uses} onChange={(event) => change({ ...option, uses: event.target.value })}>
                    <option value="">{t('facilitate.improvise.noAuthority')}</option>
                    {scenario.authorities.map((authority) => (
                      <option key={authority.id} value={authority.id}>
                        {authority.name}
                      </option>
                    ))}
                  </select>
                )}
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('facilitate.improvise.removeOption', { number })}
                  onClick={() => onChange({ ...value, options: withoutAt(value.options, index) })}
                >
                  {t('facilitate.improvise.remove')}
                </button>
              </div>
            );
          })}
          <button type="button" className="secondary" onClick={() => onChange({ ...value, options: [...value.options, EMPTY_OPTION] })}>
            {t('facilitate.improvise.addOption')}
          </button>
        </>
      )}
    </fieldset>
  );
}

import type { Scenario } from '../../../../scenario/schema.ts';
import { useT } from '../../../i18n/useT.ts';

/** Whom the inject goes to: organisations and roles of the scenario, ticked; none ticked is everyone. */
export function AddresseeField({ scenario, value, onChange }: { scenario: Scenario; value: readonly string[]; onChange: (to: string[]) => void }) {
  const { t } = useT();
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((addressee) => addressee !== id));
  const box = (id: string, name: string) => (
    <label className="choice">
      <input type="checkbox" checked={value.includes(id)} onChange={(event) => toggle(id, event.target.checked)} />
      {name}
    </label>
  );
  return (
    <fieldset className="addressees">
      <legend>{t('facilitate.improvise.to')}</legend>
      <p className="hint">{t('facilitate.improvise.toHint')}</p>
      {scenario.agencies.map((agency) => (
        <div key={agency.id} className="addressees__agency">
          {box(agency.id, agency.name)}
          <div className="addressees__roles" role="group" aria-label={t('facilitate.improvise.rolesOf', { agency: agency.name })}>
            {agency.roles.map((role) => (
              <span key={role.id}>{box(role.id, role.name)}</span>
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

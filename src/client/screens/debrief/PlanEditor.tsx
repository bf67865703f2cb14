import type { Agency } from '../../../scenario/schema.ts';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/debriefNotes.ts';
import { useT } from '../../i18n/useT.ts';
import type { LabelKey } from '../../i18n/messages.ts';
import type { PlanRowDraft } from './notesDraft.ts';

const TEXT_FIELDS = [
  { field: 'area', label: 'debrief.plan.area' },
  { field: 'action', label: 'debrief.plan.action' },
  { field: 'contact', label: 'debrief.plan.contact' },
] as const satisfies readonly { field: keyof PlanRowDraft; label: LabelKey }[];

const DATE_FIELDS = [
  { field: 'start', label: 'debrief.plan.start' },
  { field: 'due', label: 'debrief.plan.due' },
] as const satisfies readonly { field: keyof PlanRowDraft; label: LabelKey }[];

/** The improvement plan as rows of corrective actions: area, action, owning organisation, contact, start and due date, status. */
export function PlanEditor({ plan, agencies, onChange }: { plan: PlanRowDraft[]; agencies: readonly Agency[]; onChange: (plan: PlanRowDraft[]) => void }) {
  const { t } = useT();
  const update = (row: number, change: Partial<PlanRowDraft>) => onChange(plan.map((item, position) => (position === row ? { ...item, ...change } : item)));
  const label = (row: number, key: LabelKey) => t('debrief.plan.row', { row: row + 1, field: t(key) });
  return (
    <>
      {plan.length === 0 && <p>{t('debrief.plan.empty')}</p>}
      <ol className="plan">
        {plan.map((item, row) => (
          <li key={row} className="plan__row">
            {TEXT_FIELDS.map(({ field, label: key }) => (
              <input key={field} type="text" placeholder={t(key)} aria-label={label(row, key)} value={item[field]} onChange={(event) => update(row, { [field]: event.target.value })} />
            ))}
            <select aria-label={label(row, 'debrief.plan.owner')} value={item.owner} onChange={(event) => update(row, { owner: event.target.value })}>
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
            {DATE_FIELDS.map(({ field, label: key }) => (
              <input key={field} type="date" aria-label={label(row, key)} title={t(key)} value={item[field]} onChange={(event) => update(row, { [field]: event.target.value })} />
            ))}
            <select aria-label={label(row, 'debrief.plan.status')} value={item.status} onChange={(event) => update(row, { status: event.target.value as ActionStatus })}>
              {ACTION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`debrief.plan.status.${status}`)}
                </option>
              ))}
            </select>
            <button type="button" className="secondary" onClick={() => onChange(plan.filter((_, position) => position !== row))}>
              {t('debrief.plan.remove', { row: row + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={() => onChange([...plan, { area: '', action: '', owner: agencies[0]?.id ?? '', contact: '', start: '', due: '', status: 'open' }])}>
        {t('debrief.plan.add')}
      </button>
    </>
  );
}

import { useEffect, useId, useState, type FormEvent } from 'react';
import { CHANNELS } from '../../../../scenario/scenarioConstants.ts';
import type { Scenario } from '../../../../scenario/schema.ts';
import type { ControlOutcome } from '../../../store/outboxSlice.ts';
import { Markdown } from '../../../components/Markdown.tsx';
import { translateIn, uiLanguageOf } from '../../../i18n/translate.ts';
import { useT } from '../../../i18n/useT.ts';
import { ControlRefusal } from '../ControlRefusal.tsx';
import { AddresseeField } from './AddresseeField.tsx';
import { DecisionField } from './DecisionField.tsx';
import { ExpectationsField } from './ExpectationsField.tsx';
import { EMPTY_DRAFT, toImprovisedInject, type InjectDraft } from './injectDraft.ts';
import { INJECT_TEMPLATES, injectTemplate } from './injectTemplates.ts';
import { QuestionsField } from './QuestionsField.tsx';

/** How a panel's inject is played: sent to the server from the console, or stepped in the studio's rehearsal. */
export interface ImproviseChannel {
  send: (inject: Record<string, unknown>) => void;
  /** What became of the last inject sent; undefined before the first. */
  outcome: ControlOutcome | undefined;
  /** The id play gave the last inject released. */
  releasedAs: string | undefined;
}

/**
 * Writing an inject during play (section 19): whom it goes to, from whom and how, its text with a
 * preview, and optionally questions, expectations and a decision; or a quick template to start
 * from. It is released at once. A refusal keeps what was typed; a release clears the form. Only
 * while `playing`: the engine refuses an inject before the start.
 */
export function ImprovisePanel({ scenario, playing, channel }: { scenario: Scenario; playing: boolean; channel: ImproviseChannel }) {
  const { t, language } = useT();
  const id = useId();
  const [draft, setDraft] = useState<InjectDraft>(EMPTY_DRAFT);
  const { send, outcome, releasedAs } = channel;
  const accepted = outcome?.status === 'accepted';
  useEffect(() => {
    if (accepted) setDraft(EMPTY_DRAFT);
  }, [accepted]);
  const change = <Field extends keyof InjectDraft>(field: Field) => (value: InjectDraft[Field]) => setDraft((current) => ({ ...current, [field]: value }));
  // Participants read the inject in the scenario's language, so templates are written in it.
  const templateT = translateIn(uiLanguageOf(scenario.language) ?? language);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(toImprovisedInject(draft));
  };
  return (
    <section className="panel improvise" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('facilitate.improvise')}</h2>
      <div className="button-row" role="group" aria-label={t('facilitate.improvise.templates')}>
        <span>{t('facilitate.improvise.templates')}</span>
        {INJECT_TEMPLATES.map((template) => (
          <button key={template} type="button" className="secondary" onClick={() => setDraft(injectTemplate(template, scenario, templateT))}>
            {t(`facilitate.improvise.template.${template}`)}
          </button>
        ))}
      </div>
      <form onSubmit={submit} aria-label={t('facilitate.improvise')}>
        <AddresseeField scenario={scenario} value={draft.to} onChange={change('to')} />
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('facilitate.improvise.from')}</label>
          <input id={`${id}-from`} type="text" value={draft.from} onChange={(event) => change('from')(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`}>{t('facilitate.improvise.channel')}</label>
          <select id={`${id}-channel`} value={draft.channel} onChange={(event) => change('channel')(event.target.value as InjectDraft['channel'])}>
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channel.${channel}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('facilitate.improvise.title')}</label>
          <input id={`${id}-title`} type="text" required value={draft.title} onChange={(event) => change('title')(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-body`}>{t('facilitate.improvise.body')}</label>
          <p className="hint" id={`${id}-body-hint`}>
            {t('facilitate.improvise.bodyHint')}
          </p>
          <textarea id={`${id}-body`} rows={5} aria-describedby={`${id}-body-hint`} value={draft.body} onChange={(event) => change('body')(event.target.value)} />
        </div>
        {draft.body.trim() !== '' && (
          <div className="improvise__preview" role="region" aria-label={t('facilitate.improvise.preview')}>
            <p className="meta">{t('facilitate.improvise.preview')}</p>
            <Markdown text={draft.body} />
          </div>
        )}
        <QuestionsField value={draft.questions} onChange={change('questions')} />
        <ExpectationsField scenario={scenario} value={draft.expects} onChange={change('expects')} />
        <DecisionField scenario={scenario} value={draft.decision} onChange={change('decision')} />
        {!playing && <p className="hint">{t('facilitate.improvise.notYet')}</p>}
        <div className="button-row">
          <button type="submit" className="primary" disabled={!playing || outcome?.status === 'pending'}>
            {t('facilitate.improvise.send')}
          </button>
          <button type="button" className="secondary" onClick={() => setDraft(EMPTY_DRAFT)}>
            {t('facilitate.improvise.clear')}
          </button>
        </div>
        <ControlRefusal outcome={outcome} />
        {accepted && (
          <p className="outcome outcome--accepted" role="status">
            {releasedAs === undefined ? t('facilitate.improvise.released') : t('facilitate.improvise.releasedAs', { id: releasedAs })}
          </p>
        )}
      </form>
    </section>
  );
}

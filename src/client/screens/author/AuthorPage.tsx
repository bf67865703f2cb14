import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/useT.ts';
import { downloadFile } from '../../view/downloadFile.ts';
import { MselPanel } from './MselPanel.tsx';
import { PaperView } from './PaperView.tsx';
import { Rehearsal } from './Rehearsal.tsx';
import { ScenarioEditor } from './ScenarioEditor.tsx';
import { ScenarioGraph } from './ScenarioGraph.tsx';
import { ScenarioSources } from './ScenarioSources.tsx';
import { STARTER_FILE, STARTER_SCENARIO } from './starterScenario.ts';
import { useLiveValidation } from './useLiveValidation.ts';
import { ValidationPanel } from './ValidationPanel.tsx';
import './author.css';

/** `/author`: the scenario studio. Edit with live checks, see the graph and the plan on paper, rehearse alone, move injects to and from a spreadsheet. */
export default function AuthorPage() {
  const { t } = useT();
  const [source, setSource] = useState({ text: STARTER_SCENARIO, file: STARTER_FILE });
  const validation = useLiveValidation(source.text, source.file);
  const scenario = validation.lastValid;
  return (
    <>
      <PageHeader title={t('author.title')} />
      <main id="main" className="studio">
        <div className="studio__top">
          <div className="studio__side">
            <ScenarioSources onOpen={(text, file) => setSource({ text, file })} />
            <section className="panel studio-section" aria-labelledby="studio-save">
              <h2 id="studio-save">{t('author.save')}</h2>
              <p className="hint">{t('author.save.hint', { file: source.file })}</p>
              <button type="button" className="secondary" onClick={() => downloadFile(source.file, source.text, 'application/yaml;charset=utf-8')}>
                {t('author.save.download')}
              </button>
            </section>
            <MselPanel scenario={validation.result.ok ? validation.result.scenario : undefined} text={source.text} onImported={(text) => setSource((current) => ({ ...current, text }))} />
          </div>
          <div className="studio__editor">
            <ScenarioEditor
              text={source.text}
              onChange={(text) => setSource((current) => ({ ...current, text }))}
              messages={validation.result.messages}
              checkedText={validation.text}
              label={t('author.editor', { file: source.file })}
            />
            <ValidationPanel result={validation.result} />
          </div>
        </div>
        {scenario !== undefined && !validation.result.ok && <p className="banner">{t('author.lastValid')}</p>}
        {scenario !== undefined && <ScenarioGraph scenario={scenario} />}
        {scenario !== undefined && <PaperView scenario={scenario} />}
        <Rehearsal scenario={scenario} />
      </main>
    </>
  );
}

import { useId, useState, type ChangeEvent } from 'react';
import { exportMsel, type MselProblem } from '../../../scenario/msel/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { useT } from '../../i18n/useT.ts';
import { downloadFile } from '../../view/downloadFile.ts';
import { importMselInto, mselFileName, mselWorkbook } from './mselTransfer.ts';

type ImportState = { state: 'idle' } | { state: 'imported'; injects: number } | { state: 'failed'; problems: MselProblem[] };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The injects to and from a spreadsheet: export as an MSEL workbook (.xlsx) or CSV, import either into the scenario text. */
export function MselPanel({ scenario, text, onImported }: { scenario: Scenario | undefined; text: string; onImported: (text: string) => void }) {
  const { t } = useT();
  const fileId = useId();
  const [imported, setImported] = useState<ImportState>({ state: 'idle' });

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    const result = await importMselInto(text, new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) return setImported({ state: 'failed', problems: result.problems });
    onImported(result.text);
    setImported({ state: 'imported', injects: result.injects });
  };
  const exportWorkbook = async (exported: Scenario) => downloadFile(mselFileName(exported.id, 'xlsx'), await mselWorkbook(exported), XLSX_TYPE);

  return (
    <section className="panel studio-section" aria-labelledby="studio-msel">
      <h2 id="studio-msel">{t('author.msel')}</h2>
      <p className="hint">{t('author.msel.hint')}</p>
      <p className="button-row">
        <button type="button" className="secondary" disabled={scenario === undefined} onClick={() => scenario && void exportWorkbook(scenario)}>
          {t('author.msel.exportXlsx')}
        </button>
        <button type="button" className="secondary" disabled={scenario === undefined} onClick={() => scenario && downloadFile(mselFileName(scenario.id, 'csv'), exportMsel(scenario), 'text/csv;charset=utf-8')}>
          {t('author.msel.export')}
        </button>
      </p>
      <div className="field">
        <label htmlFor={fileId}>{t('author.msel.import')}</label>
        <input id={fileId} type="file" accept={`.xlsx,.csv,text/csv,${XLSX_TYPE}`} onChange={(event) => void importFile(event)} />
      </div>
      {imported.state === 'imported' && <p role="status">{t('author.msel.imported', { count: imported.injects })}</p>}
      {imported.state === 'failed' && (
        <div role="alert" className="form-error">
          <p>{t('author.msel.failed')}</p>
          <ul>
            {imported.problems.map((problem, position) => (
              <li key={position}>
                {problem.row === undefined ? '' : problem.column === undefined ? t('author.msel.problemRow', { row: problem.row }) : t('author.msel.problemCell', { row: problem.row, column: problem.column })} {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

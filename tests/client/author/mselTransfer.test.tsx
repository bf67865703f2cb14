import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../src/client/i18n/LanguageProvider.tsx';
import { MselPanel } from '../../../src/client/screens/author/MselPanel.tsx';
import { importMselInto, mselWorkbook } from '../../../src/client/screens/author/mselTransfer.ts';
import { loadScenario } from '../../../src/scenario/index.ts';
import { exportMsel } from '../../../src/scenario/msel/index.ts';
import { STARTER_SCENARIO } from '../../../src/client/screens/author/starterScenario.ts';

const scenariosDir = resolve(import.meta.dirname, '../../../scenarios');
const bundled = readdirSync(scenariosDir).filter((name) => name.endsWith('.yaml'));

function load(text: string, file: string) {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) throw new Error(`${file}: ${loaded.messages.map((message) => message.message).join('; ')}`);
  return loaded.scenario;
}

describe('MSEL spreadsheets in the studio', () => {
  it.each(bundled)('round-trips the injects of %s: exported, then imported into the same text, they are the same', async (file) => {
    const text = readFileSync(resolve(scenariosDir, file), 'utf8');
    const scenario = load(text, file);
    const imported = await importMselInto(text, new TextEncoder().encode(exportMsel(scenario)));
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.injects).toBe(scenario.injects.length);
    const again = load(imported.text, file);
    expect(again.injects).toEqual(scenario.injects);
    expect(again.events).toEqual(scenario.events);
  });

  it('imports an uploaded spreadsheet into the editor text', async () => {
    let text = STARTER_SCENARIO;
    render(
      <LanguageProvider>
        <MselPanel scenario={load(STARTER_SCENARIO, 'start.yaml')} text={STARTER_SCENARIO} onImported={(next) => (text = next)} />
      </LanguageProvider>,
    );
    const csv = '\uFEFFNr.;Tijd;Titel;Bericht\r\nm1;5m;Melding;"Twee regels\r\ntekst"\r\nm2;1h;Einde;\r\n';
    await userEvent.setup().upload(screen.getByLabelText('Import injects from a spreadsheet (.xlsx or CSV)'), new File([csv], 'msel.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('status')).toHaveTextContent('2 injects imported into the editor.');
    const scenario = load(text, 'start.yaml');
    expect(scenario.injects.map(({ id, at, title, body }) => ({ id, at, title, body }))).toEqual([
      { id: 'm1', at: 300, title: 'Melding', body: 'Twee regels\ntekst' },
      { id: 'm2', at: 3600, title: 'Einde', body: undefined },
    ]);
    expect(scenario.agencies.map((agency) => agency.id)).toEqual(['police', 'municipality']);
  });

  it('names the row and column of each problem and leaves the text alone', async () => {
    let imported = false;
    render(
      <LanguageProvider>
        <MselPanel scenario={undefined} text={STARTER_SCENARIO} onImported={() => (imported = true)} />
      </LanguageProvider>,
    );
    const csv = 'Event no.,Time,Title\nm1,5m,Fine\nm2,soon,Broken\n';
    await userEvent.setup().upload(screen.getByLabelText('Import injects from a spreadsheet (.xlsx or CSV)'), new File([csv], 'msel.csv', { type: 'text/csv' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Row 3, column “Time”: "soon" is not a time');
    expect(imported).toBe(false);
    expect(screen.getByRole('button', { name: 'Export the injects as CSV' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Export the injects as an Excel workbook' })).toBeDisabled();
  });

  it('imports an Excel workbook it exported into the editor text', async () => {
    const scenario = load(STARTER_SCENARIO, 'start.yaml');
    const workbook = await mselWorkbook({ ...scenario, injects: [{ ...scenario.injects[0]!, id: 'from-excel', title: 'Uit Excel: café ‘t Hoekje' }] });
    let text = STARTER_SCENARIO;
    render(
      <LanguageProvider>
        <MselPanel scenario={scenario} text={STARTER_SCENARIO} onImported={(next) => (text = next)} />
      </LanguageProvider>,
    );
    await userEvent.setup().upload(screen.getByLabelText('Import injects from a spreadsheet (.xlsx or CSV)'), new File([workbook], 'msel.xlsx'));
    expect(await screen.findByRole('status')).toHaveTextContent('1 inject imported into the editor.');
    expect(load(text, 'start.yaml').injects.map((inject) => [inject.id, inject.title])).toEqual([['from-excel', 'Uit Excel: café ‘t Hoekje']]);
  });
});

import { useState } from 'react';
import type { ReportFormat } from '../../../analysis/reportFormats.ts';
import { useT } from '../../i18n/useT.ts';
import { downloadFile } from '../../view/downloadFile.ts';
import { failureText } from '../../view/failureMessage.ts';

const FILE_TYPES: Record<ReportFormat, { extension: string; type: string }> = {
  json: { extension: 'json', type: 'application/json;charset=utf-8' },
  md: { extension: 'md', type: 'text/markdown;charset=utf-8' },
  html: { extension: 'html', type: 'text/html;charset=utf-8' },
  csv: { extension: 'csv', type: 'text/csv;charset=utf-8' },
  pdf: { extension: 'pdf', type: 'application/pdf' },
};

/** One button per report format offered; each downloads the report (text, or a PDF's bytes) as a file named after the session or scenario. */
export function ExportButtons<Format extends ReportFormat>({
  fileName,
  formats,
  exportReport,
}: {
  fileName: string;
  formats: readonly Format[];
  exportReport: (format: Format) => Promise<string | Uint8Array<ArrayBuffer>>;
}) {
  const { t } = useT();
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const download = async (format: Format) => {
    setFailure(undefined);
    try {
      const content = await exportReport(format);
      const { extension, type } = FILE_TYPES[format];
      downloadFile(`${fileName}.${extension}`, content, type);
    } catch (error) {
      setFailure(failureText(t, error));
    }
  };
  return (
    <section className="panel debrief-section" aria-labelledby="debrief-export">
      <h2 id="debrief-export">{t('debrief.export')}</h2>
      <p className="hint">{t('debrief.export.hint')}</p>
      <p className="button-row">
        {formats.map((format) => {
          const offered: ReportFormat = format;
          return (
            <button key={format} type="button" className="secondary" onClick={() => void download(format)}>
              {t(`debrief.export.${offered}`)}
            </button>
          );
        })}
      </p>
      {failure !== undefined && (
        <p role="alert" className="form-error">
          {t('debrief.export.failed', { message: failure })}
        </p>
      )}
    </section>
  );
}

import { useState } from 'react';
import { REPORT_FORMATS, type ReportFormat } from '../../../analysis/reportFormats.ts';
import { useT } from '../../i18n/useT.ts';
import { downloadFile } from '../../view/downloadFile.ts';
import { failureText } from '../../view/failureMessage.ts';

const FILE_TYPES: Record<ReportFormat, { extension: string; type: string }> = {
  json: { extension: 'json', type: 'application/json' },
  md: { extension: 'md', type: 'text/markdown' },
  html: { extension: 'html', type: 'text/html' },
  csv: { extension: 'csv', type: 'text/csv' },
};

/** One button per report format; each downloads the report as a file named after the session or scenario. */
export function ExportButtons({ fileName, exportReport }: { fileName: string; exportReport: (format: ReportFormat) => Promise<string> }) {
  const { t } = useT();
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const download = async (format: ReportFormat) => {
    setFailure(undefined);
    try {
      const text = await exportReport(format);
      const { extension, type } = FILE_TYPES[format];
      downloadFile(`${fileName}.${extension}`, text, `${type};charset=utf-8`);
    } catch (error) {
      setFailure(failureText(t, error));
    }
  };
  return (
    <section className="panel debrief-section" aria-labelledby="debrief-export">
      <h2 id="debrief-export">{t('debrief.export')}</h2>
      <p className="hint">{t('debrief.export.hint')}</p>
      <p className="button-row">
        {REPORT_FORMATS.map((format) => (
          <button key={format} type="button" className="secondary" onClick={() => void download(format)}>
            {t(`debrief.export.${format}`)}
          </button>
        ))}
      </p>
      {failure !== undefined && (
        <p role="alert" className="form-error">
          {t('debrief.export.failed', { message: failure })}
        </p>
      )}
    </section>
  );
}

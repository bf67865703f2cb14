import { useId } from 'react';

/** A labelled text area for free text: notes, reasons, answers. */
export function TextField({ label, value, onChange, rows = 3 }: { label: string; value: string; onChange: (value: string) => void; rows?: number }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} rows={rows} maxLength={10_000} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

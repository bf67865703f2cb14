import { useT } from '../../i18n/useT.ts';
import { entryAnchor, useShowEntry } from './evidenceContext.ts';

/** Seq numbers as links to their timeline entries. */
export function EvidenceLinks({ seqs }: { seqs: readonly number[] }) {
  const { t } = useT();
  const showEntry = useShowEntry();
  return (
    <span className="evidence-links">
      {seqs.map((seq) => (
        <a
          key={seq}
          href={`#${entryAnchor(seq)}`}
          aria-label={t('debrief.gaps.evidenceLink', { seq })}
          onClick={(event) => {
            // The fragment holds the key; the entry is shown without replacing it.
            event.preventDefault();
            showEntry(seq);
          }}
        >
          #{seq}
        </a>
      ))}
    </span>
  );
}

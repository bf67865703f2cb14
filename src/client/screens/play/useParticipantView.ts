import { useContext } from 'react';
import { ParticipantViewContext, type ParticipantView } from './participantViewContext.ts';

/** The participant's view; needs the PlayScreen above. */
export function useParticipantView(): ParticipantView {
  const view = useContext(ParticipantViewContext);
  if (view === undefined) throw new Error('useParticipantView needs the PlayScreen above it');
  return view;
}

import { useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../../api/apiError.ts';
import { createSession } from '../../api/httpApi.ts';
import { savedCredentials } from '../../api/savedCredentials.ts';
import { paths } from '../../paths.ts';

/** Creating a session: in progress, refused with the server's error, and on success off to the console. */
export function useCreateSession() {
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  const create = async (source: Parameters<typeof createSession>[0]) => {
    setBusy(true);
    setError(undefined);
    try {
      const created = await createSession(source);
      // The join code and the display key are shown once: this device keeps them for the console.
      savedCredentials.saveFacilitator(created.sessionId, {
        key: created.facilitatorKey,
        joinCode: created.joinCode,
        displayKey: created.displayKey,
      });
      navigate(paths.facilitate(created.sessionId, created.facilitatorKey));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
      setBusy(false);
    }
  };

  return { create, busy, error };
}
